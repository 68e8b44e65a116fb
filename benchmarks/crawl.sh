#!/usr/bin/env bash
# End-to-end crawl throughput on the built distribution against the fixture news site
# (testing/gazette.testsite) on loopback: fetch, parse, export of every article of the sites.
#   1. politeness off: one site, minDelay 0, 8 requests per host at once
#   2. polite: HOSTS sites on 127.0.0.1..127.0.0.HOSTS, 1 s between requests to one host
# Pages/s = articles exported / seconds from the first to the last export.
# Usage: mvn -q -DskipTests package && benchmarks/crawl.sh [ARTICLES_OFF] [HOSTS] [ARTICLES_PER_HOST_POLITE]
# (HOSTS 0 skips the polite run; JAVA_OPTS reaches the runtime's JVM, e.g. to record a JFR profile)
set -euo pipefail
cd "$(dirname "$0")/.."
DIST=$(cd launcher/target/gazette && pwd)
SITE=$(ls testing/gazette.testsite/target/gazette.testsite-*.jar | grep -v sources | head -1)
OFF_ARTICLES=${1:-3000}
HOSTS=${2:-20}
POLITE_ARTICLES=${3:-15}
work=$(mktemp -d)
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"' EXIT

start_sites() { # dir hosts articles
  java -Xmx2g -jar "$SITE" --hosts "$2" --articles "$3" --prerender --page-list "$1/pages.txt" > "$1/site.out" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 600); do [ -s "$1/pages.txt" ] && return 0; sleep 0.1; done
  echo "site did not start: $(cat "$1/site.out")" >&2; return 1
}

crawl() { # name dir workers minDelay perHost
  local home="$2/home"; mkdir -p "$home/conf" "$home/deploy"
  printf 'gazette.features = core, web, export-json\nfelix.fileinstall.poll = 200\n' > "$home/conf/gazette.properties"
  printf 'workers = %s\nrevisitAfter = 1h\nfetchTimeout = 30s\n' "$3" > "$home/deploy/org.gazette.engine.cfg"
  printf 'minDelay = %s\nmaxRequestsPerHost = %s\nmaxRequests = 64\n' "$4" "$5" > "$home/deploy/org.gazette.fetch.http.cfg"
  printf 'file = %s\ngazette.source.interval = 1h\n' "$2/pages.txt" > "$home/deploy/org.gazette.source.pagelist-bench.cfg"
  local total; total=$(grep -c '^http' "$2/pages.txt")
  "$DIST/bin/gazette" --home "$home" > "$home/stdout" 2>&1 &
  local pid=$!; pids+=($pid)
  local first=0 n=0 now half=0 halfn=0
  while [ "$n" -lt "$total" ]; do
    n=$(cat "$home"/out/*.jsonl 2>/dev/null | wc -l || true)
    now=$(date +%s%N)
    if [ "$first" = 0 ] && [ "$n" -gt 0 ]; then first=$now; firstn=$n; fi
    if [ "$half" = 0 ] && [ "$n" -ge $((total / 2)) ]; then half=$now; halfn=$n; fi
    if ! kill -0 "$pid" 2>/dev/null; then echo "runtime died: $(tail -5 "$home/stdout")" >&2; return 1; fi
    sleep 0.2
  done
  local ms=$(( (now - first) / 1000000 )) hms=$(( (now - half) / 1000000 ))
  echo "$1: $total articles; $((total - firstn)) in $ms ms after the first export: $(( (total - firstn) * 1000 / (ms > 0 ? ms : 1) )) pages/s;" \
    "second half (JIT warm): $(( (total - halfn) * 1000 / (hms > 0 ? hms : 1) )) pages/s (RSS $(( $(awk '/VmRSS/ {print $2}' "/proc/$pid/status") / 1024 )) MB)"
  kill "$pid"; wait "$pid" 2>/dev/null || true
}

mkdir -p "$work/off" "$work/polite"
start_sites "$work/off" 1 "$OFF_ARTICLES"
crawl "politeness off, 1 host" "$work/off" 8 0 8
if [ "$HOSTS" -gt 0 ]; then
  start_sites "$work/polite" "$HOSTS" "$POLITE_ARTICLES"
  crawl "1 s per host, $HOSTS hosts" "$work/polite" 8 1s 1
fi
