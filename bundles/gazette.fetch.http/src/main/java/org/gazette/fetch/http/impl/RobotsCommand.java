package org.gazette.fetch.http.impl;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.apache.felix.service.command.Descriptor;
import org.gazette.api.FetchException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import crawlercommons.robots.SimpleRobotRules;

/**
 * {@code gazette:robots HOST [PATH]}: what the fetcher knows of a host's robots.txt, read now when
 * it is not known or has expired.
 */
@Component(service = RobotsCommand.class, property = {"osgi.command.scope=gazette", "osgi.command.function=robots"})
public final class RobotsCommand {

    /** Rules listed at most, so that a huge robots.txt does not flood the console. */
    private static final int MAX_RULES_SHOWN = 50;

    private final RobotsInspector inspector;

    /** @param inspector the fetcher's robots.txt knowledge */
    @Activate
    public RobotsCommand(@Reference RobotsInspector inspector) {
        this.inspector = inspector;
    }

    /**
     * @param host a host ({@code example.com}, {@code example.com:8080}) or a URL; https when no scheme is given
     * @return the report
     * @throws Exception when robots.txt could not be read
     */
    @Descriptor("show the robots.txt rules the fetcher applies to a host, and whether / is allowed")
    public String robots(@Descriptor("host (example.com, example.com:8080) or URL (http://example.com/)") String host) throws Exception {
        return robots(host, "/");
    }

    /**
     * @param host a host or a URL
     * @param path the path to test, such as {@code /news/2024/}
     * @return the report
     * @throws Exception when robots.txt could not be read
     */
    @Descriptor("show the robots.txt rules the fetcher applies to a host, and whether a path is allowed")
    public String robots(@Descriptor("host (example.com, example.com:8080) or URL (http://example.com/)") String host,
            @Descriptor("path to test, such as /news/") String path) throws Exception {
        HostKey key = host(host);
        String testPath = path == null || path.isBlank() ? "/" : path.startsWith("/") ? path : "/" + path;
        RobotsRules rules;
        try {
            rules = inspector.robots(key);
        } catch (FetchException e) {
            return "robots.txt of " + key + " not known: " + e.getMessage() + "\n";
        }
        return report(key, rules, testPath);
    }

    private String report(HostKey key, RobotsRules rules, String path) {
        StringBuilder out = new StringBuilder();
        line(out, "robots.txt", rules.robotsUri().toString());
        line(out, "agent", inspector.robotsAgent() + (inspector.obeysRobots() ? "" : " (not obeyed: obeyRobots=false)"));
        line(out, "status", describe(rules));
        line(out, "read", rules.fetched().truncatedTo(ChronoUnit.SECONDS) + ", read again in " + human(rules.expiresInMillis()));
        line(out, "crawl-delay", rules.declaredCrawlDelayMillis() < 0 ? "none"
                : rules.declaredCrawlDelayMillis() + " ms" + (rules.declaredCrawlDelayMillis() > rules.crawlDelayMillis()
                        ? " (capped to " + rules.crawlDelayMillis() + " ms by maxCrawlDelay)" : ""));
        List<String> sitemaps = rules.sitemaps();
        line(out, "sitemaps", sitemaps.isEmpty() ? "none" : String.join("\n" + " ".repeat(13), sitemaps));
        if (rules.rules() instanceof SimpleRobotRules simple && !simple.getRobotRules().isEmpty()) {
            List<SimpleRobotRules.RobotRule> all = simple.getRobotRules();
            StringBuilder listed = new StringBuilder();
            for (int i = 0; i < Math.min(all.size(), MAX_RULES_SHOWN); i++) {
                listed.append(i == 0 ? "" : "\n" + " ".repeat(13)).append(all.get(i).isAllow() ? "Allow: " : "Disallow: ")
                        .append(all.get(i).getPrefix());
            }
            if (all.size() > MAX_RULES_SHOWN) {
                listed.append("\n").append(" ".repeat(13)).append("... ").append(all.size() - MAX_RULES_SHOWN).append(" more");
            }
            line(out, "rules", listed.toString());
        }
        URI test = URI.create(key.origin() + path);
        line(out, path, rules.allows(test.toString()) ? "allowed" : "disallowed"
                + (rules.disallowingRule(test) == null ? "" : " (" + rules.disallowingRule(test) + ")"));
        return out.toString();
    }

    private static String describe(RobotsRules rules) {
        String status = rules.status() == 0 ? "no response" : "HTTP " + rules.status();
        return switch (rules.outcome()) {
            case PARSED -> status + ", parsed";
            case NONE -> status + ", no robots.txt: everything allowed";
            case UNREACHABLE -> status + ", unreachable (" + rules.note() + "): everything disallowed until read again";
            case STALE -> status + ", unreachable (" + rules.note() + "): the rules read before are used meanwhile";
        };
    }

    private static String human(long millis) {
        Duration d = Duration.ofMillis(millis);
        if (d.toHours() > 0) {
            return d.toHours() + "h " + d.toMinutesPart() + "m";
        }
        return d.toMinutes() > 0 ? d.toMinutes() + "m " + d.toSecondsPart() + "s" : Math.max(1, d.toSeconds()) + "s";
    }

    private static void line(StringBuilder out, String label, String value) {
        out.append(String.format("%-12s %s%n", label, value));
    }

    private static HostKey host(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("usage: robots HOST [PATH], e.g. robots example.com /news/");
        }
        String text = value.trim();
        try {
            URI uri = new URI(text.contains("://") ? text : "https://" + text);
            return HostKey.of(uri);
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + value + "' is not a host or an http(s) URL", e);
        }
    }
}
