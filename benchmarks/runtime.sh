#!/usr/bin/env bash
# Measures the runtime as an operator meets it, on the built distribution:
#   1. start to ready: JVM start to the "ready" line, median of 5 cold starts (fresh home each time)
#   2. hot-add latency: the example source jar copied into deploy/ -> first article in out/*.jsonl
#   3. RSS of an idle runtime (default features, sample corpus exported, 10 s idle)
# Usage: benchmarks/runtime.sh [DIST]   (DIST defaults to launcher/target/gazette; build it with mvn -DskipTests package)
set -euo pipefail
DIST=$(cd "${1:-launcher/target/gazette}" && pwd)
JAR=$(ls "$DIST"/repository/gazette.example.source-*.jar | head -1)
work=$(mktemp -d)
trap 'kill $pid 2>/dev/null || true; rm -rf "$work"' EXIT
pid=

start_runtime() { # home features
  mkdir -p "$1/conf"
  printf 'gazette.features = %s\nfelix.fileinstall.poll = 200\norg.osgi.service.log.admin.loglevel = INFO\n' "$2" > "$1/conf/gazette.properties"
  "$DIST/bin/gazette" --home "$1" > "$1/stdout" 2>&1 &
  pid=$!
  for _ in $(seq 1 600); do grep -q '^Gazette ready in' "$1/stdout" 2>/dev/null && return 0; sleep 0.05; done
  echo "not ready: $(cat "$1/stdout")" >&2; return 1
}
stop_runtime() { kill "$pid"; wait "$pid" 2>/dev/null || true; pid=; }

echo "== start to ready (JVM start to ready line), 5 runs"
times=()
for i in 1 2 3 4 5; do
  home="$work/start$i"; start_runtime "$home" "core, sources, export-json, sample"
  t=$(sed -n 's/^Gazette ready in \([0-9.]*\) s.*/\1/p' "$home/stdout"); times+=("$t"); echo "  run $i: $t s"
  stop_runtime
done
median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 3p)
echo "  median: $median s"

echo "== hot-add latency (jar dropped into deploy/ to first exported article), 5 runs"
lat=()
for i in 1 2 3 4 5; do
  home="$work/hot$i"; start_runtime "$home" "core, export-json"
  t0=$(date +%s%N)
  cp "$JAR" "$home/deploy/"
  until cat "$home"/out/*.jsonl 2>/dev/null | grep -q '"sourceId":"example"'; do sleep 0.01; done
  t1=$(date +%s%N)
  ms=$(( (t1 - t0) / 1000000 )); lat+=("$ms"); echo "  run $i: $ms ms"
  stop_runtime
done
echo "  median: $(printf '%s\n' "${lat[@]}" | sort -n | sed -n 3p) ms"

echo "== RSS of an idle runtime (default features, after the sample corpus, 10 s idle)"
home="$work/idle"; start_runtime "$home" "core, sources, export-json, sample"
until cat "$home"/out/*.jsonl 2>/dev/null | grep -q '"sourceId":"sample"'; do sleep 0.05; done
sleep 10
rss=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
echo "  RSS: $((rss / 1024)) MB (JAVA_OPTS='${JAVA_OPTS:-}')"
stop_runtime
