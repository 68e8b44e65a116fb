package org.gazette.fetch.http.impl;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gazette.api.FetchException;
import org.osgi.service.log.Logger;

import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;

/**
 * Reads one host's robots.txt through the same client, the same politeness gate and the same
 * redirect handling as pages, with its own time and size limits, and turns the answer into
 * {@link RobotsRules} as RFC 9309 §2.3.1 says: 2xx parsed, 4xx allow all, 5xx, 429 and network
 * failures disallow all until {@code robotsRetry} (or keep the last rules read meanwhile).
 * A robots.txt larger than {@code robotsMaxSize} is cut there and the rest parsed (RFC 9309 §2.5).
 */
final class RobotsLoader {

    /** crawler-commons' default number of warnings it logs per file. */
    private static final int MAX_WARNINGS = 5;

    private final FetchSettings settings;
    private final Transport transport;
    private final PolitenessGate gate;
    private final Backoff backoff;
    private final Logger log;

    RobotsLoader(FetchSettings settings, Transport transport, PolitenessGate gate, Backoff backoff, Logger log) {
        this.settings = settings;
        this.transport = transport;
        this.gate = gate;
        this.backoff = backoff;
        this.log = log;
    }

    /**
     * @param host whose robots.txt to read
     * @param previous the rules read before (expired), or {@code null}
     * @param deadline when the caller's time is up
     * @return the rules to use
     * @throws FetchException (RETRY_LATER) when the caller's time ran out or the host is blocked: nothing learnt
     * @throws InterruptedException when interrupted
     */
    RobotsRules load(HostKey host, RobotsRules previous, Deadline deadline) throws FetchException, InterruptedException {
        boolean ownTimeout = deadline.remainingMillis() >= settings.robotsTimeout().toMillis();
        Deadline until = deadline.atMost(settings.robotsTimeout().toMillis());
        URI robots = host.robotsUri();
        URI uri = robots;
        Set<URI> seen = new HashSet<>();
        for (int hop = 0; hop <= settings.maxRedirects(); hop++) {
            seen.add(uri);
            HostKey hopHost = HostKey.of(uri);
            PolitenessGate.Permit permit;
            try {
                permit = gate.enter(hopHost, 0, until);
            } catch (PolitenessGate.HostBusy busy) {
                throw new FetchException(FetchException.Reason.NOT_READY,
                        "robots.txt of " + host + " not read: " + busy.getMessage(), busy.waitMillis(), null);
            } catch (IllegalStateException e) {
                throw new FetchException(FetchException.Reason.NOT_READY, "robots.txt of " + host + " not read: " + e.getMessage(), 0, e);
            }
            Transport.Response response;
            try {
                response = transport.get(uri, headers(), until, info -> info.statusCode() / 100 == 2
                        ? BodyPlan.truncating(settings.robotsMaxBytes()) : BodyPlan.drain());
            } catch (Transport.TimedOut e) {
                if (!ownTimeout) {
                    throw new FetchException(FetchException.Reason.RETRY_LATER, "robots.txt of " + host
                            + " not read in the time left for the fetch", backoff.delayMillis(0), e);
                }
                return unreachable(host, previous, 0, "no answer within robotsTimeout " + settings.robotsTimeout().toMillis() + " ms");
            } catch (IOException e) {
                return unreachable(host, previous, 0, Failures.describe(e));
            } catch (IllegalStateException e) {
                throw new FetchException(FetchException.Reason.NOT_READY, "robots.txt of " + host + " not read: " + e.getMessage(), 0, e);
            } catch (IllegalArgumentException e) { // a Location the client refuses
                return unreachable(host, previous, 0, "cannot request " + uri + ": " + e.getMessage());
            } finally {
                permit.close();
            }
            int status = response.status();
            if (status / 100 == 2) {
                return parse(robots, response);
            }
            if (status / 100 == 3 && response.header("location") != null) {
                URI next = Redirects.resolve(uri, response.header("location"));
                if (next == null || seen.contains(next)) {
                    return unreachable(host, previous, status, next == null ? "bad redirect" : "redirect loop");
                }
                uri = next;
                continue;
            }
            if (status == 429 || status / 100 == 5 || status / 100 == 3 || status / 100 == 1) {
                backoff.retryAfterMillis(response.header("retry-after"), Instant.now()).ifPresent(ms -> gate.block(hopHost, ms));
                if (status == 429 && response.header("retry-after") == null) {
                    gate.block(hopHost, backoff.delayMillis(0));
                }
                return unreachable(host, previous, status, "HTTP " + status);
            }
            return RobotsRules.none(robots, status, settings.robotsExpiry().toMillis());
        }
        return unreachable(host, previous, 0, "more than " + settings.maxRedirects() + " redirects");
    }

    private RobotsRules parse(URI robots, Transport.Response response) {
        byte[] content;
        try {
            content = ContentEncodings.decode(ContentEncodings.codings(response.headers().allValues("content-encoding")),
                    response.body().content(), settings.robotsMaxBytes(), true);
        } catch (IOException e) {
            log.info("robots.txt {} is unreadable ({}); treated as empty", robots, e.getMessage());
            content = new byte[0];
        }
        SimpleRobotRulesParser parser = new SimpleRobotRulesParser(Long.MAX_VALUE, MAX_WARNINGS);
        SimpleRobotRules rules = parser.parseContent(robots.toString(), content, response.header("content-type"),
                List.of(settings.robotsAgent()));
        return RobotsRules.parsed(robots, response.status(), rules, settings.maxCrawlDelay().toMillis(),
                settings.robotsExpiry().toMillis());
    }

    private RobotsRules unreachable(HostKey host, RobotsRules previous, int status, String note) {
        long retry = settings.robotsRetry().toMillis();
        if (previous != null && previous.usable()) {
            log.info("robots.txt of {} unreachable ({}); keeping the rules read at {} for {} ms", host, note, previous.fetched(), retry);
            return previous.stale(status, note, retry);
        }
        log.info("robots.txt of {} unreachable ({}); its URLs wait {} ms", host, note, retry);
        return RobotsRules.unreachable(host.robotsUri(), status, note, retry);
    }

    private Map<String, String> headers() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("User-Agent", settings.userAgent());
        headers.put("Accept", "text/plain, */*;q=0.5");
        headers.put("Accept-Encoding", ContentEncodings.ACCEPTED);
        return headers;
    }
}
