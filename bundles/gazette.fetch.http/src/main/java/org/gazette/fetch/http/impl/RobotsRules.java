package org.gazette.fetch.http.impl;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import java.util.concurrent.TimeUnit;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;

/**
 * What one host's robots.txt says, and until when that is believed.
 *
 * @param robotsUri where the rules were read from
 * @param outcome what the fetch of robots.txt brought
 * @param status the HTTP status of the robots.txt response, 0 when there was none
 * @param note what went wrong, or {@code null}
 * @param rules the parsed rules (allow-all or disallow-all when there was nothing to parse)
 * @param crawlDelayMillis the Crawl-delay to honour, already capped; 0 when none
 * @param declaredCrawlDelayMillis the Crawl-delay as the file says, -1 when it says none
 * @param fetched when the rules were read
 * @param expiresAtNanos when they must be read again, on the {@code System.nanoTime()} scale
 */
record RobotsRules(URI robotsUri, Outcome outcome, int status, String note, BaseRobotRules rules, long crawlDelayMillis,
        long declaredCrawlDelayMillis, Instant fetched, long expiresAtNanos) {

    /** What the fetch of robots.txt brought. */
    enum Outcome {
        /** A robots.txt was read and parsed. */
        PARSED,
        /** There is none (4xx): everything is allowed. */
        NONE,
        /** It could not be read (5xx, network failure, too many redirects): nothing is allowed for now. */
        UNREACHABLE,
        /** It could not be read again, and the last rules read are used meanwhile (RFC 9309 §2.4). */
        STALE
    }

    static RobotsRules parsed(URI robotsUri, int status, BaseRobotRules rules, long maxCrawlDelayMillis, long expiryMillis) {
        long declared = rules.getCrawlDelay() == BaseRobotRules.UNSET_CRAWL_DELAY ? -1 : Math.max(0L, rules.getCrawlDelay());
        long delay = declared < 0 ? 0 : Math.min(declared, maxCrawlDelayMillis);
        return new RobotsRules(robotsUri, Outcome.PARSED, status, null, rules, delay, declared, Instant.now(), expiry(expiryMillis));
    }

    static RobotsRules none(URI robotsUri, int status, long expiryMillis) {
        return new RobotsRules(robotsUri, Outcome.NONE, status, null, new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_ALL),
                0, -1, Instant.now(), expiry(expiryMillis));
    }

    static RobotsRules unreachable(URI robotsUri, int status, String note, long retryMillis) {
        return new RobotsRules(robotsUri, Outcome.UNREACHABLE, status, note,
                new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_NONE), 0, -1, Instant.now(), expiry(retryMillis));
    }

    /** @return these rules, used again until {@code retryMillis} from now because robots.txt is unreachable */
    RobotsRules stale(int newStatus, String newNote, long retryMillis) {
        return new RobotsRules(robotsUri, Outcome.STALE, newStatus, newNote, rules, crawlDelayMillis, declaredCrawlDelayMillis,
                fetched, expiry(retryMillis));
    }

    private static long expiry(long millis) {
        return System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
    }

    boolean expired() {
        return System.nanoTime() - expiresAtNanos >= 0;
    }

    /** @return milliseconds until these rules expire, at least 1 */
    long expiresInMillis() {
        return Math.max(1L, TimeUnit.NANOSECONDS.toMillis(expiresAtNanos - System.nanoTime()));
    }

    /** @return whether the URL may be fetched */
    boolean allows(String url) {
        return rules.isAllowed(url);
    }

    /** @return whether the rules could be read (or were read before and are used meanwhile) */
    boolean usable() {
        return outcome != Outcome.UNREACHABLE;
    }

    /**
     * @param uri a URL these rules disallow
     * @return the rule that most likely disallows it ({@code Disallow: /private}), or {@code null};
     *         for messages only, {@link #allows} decides
     */
    String disallowingRule(URI uri) {
        if (rules.isAllowNone()) {
            return "everything disallowed";
        }
        if (!(rules instanceof SimpleRobotRules simple)) {
            return null;
        }
        String path = (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        String escaped = SimpleRobotRules.escapePath(path, null);
        String best = null;
        for (SimpleRobotRules.RobotRule rule : simple.getRobotRules()) {
            if (!rule.isAllow() && matches(rule.getPrefix(), escaped) && (best == null || rule.getPrefix().length() > best.length())) {
                best = rule.getPrefix();
            }
        }
        return best == null ? null : "Disallow: " + best;
    }

    private static boolean matches(String prefix, String path) {
        boolean anchored = prefix.endsWith("$");
        String body = anchored ? prefix.substring(0, prefix.length() - 1) : prefix;
        StringBuilder regex = new StringBuilder();
        for (String part : body.split("\\*", -1)) {
            if (regex.length() > 0 || body.startsWith("*")) {
                regex.append(".*");
            }
            regex.append(Pattern.quote(part));
        }
        return Pattern.compile(regex + (anchored ? "" : ".*"), Pattern.DOTALL).matcher(path).matches();
    }

    List<String> sitemaps() {
        return rules.getSitemaps();
    }
}
