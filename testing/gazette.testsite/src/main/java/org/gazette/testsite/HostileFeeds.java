package org.gazette.testsite;

import static org.gazette.testsite.Markup.xml;

import java.util.Map;

/** The fault feeds: a list of the fault routes, an entity-expansion bomb and an external-entity (XXE) probe. */
final class HostileFeeds {

    private final String baseUrl;
    private final Newsroom newsroom;

    HostileFeeds(String baseUrl, Newsroom newsroom) {
        this.baseUrl = baseUrl;
        this.newsroom = newsroom;
    }

    /** RSS 2.0 linking every page fault route (not the two hostile feeds). */
    String faults(Map<String, String> routes) {
        StringBuilder x = new StringBuilder(4_096);
        x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\">\n<channel>\n<title>")
                .append(Prose.SITE_NAME).append(" – Faults</title>\n<link>").append(baseUrl).append("/</link>\n")
                .append("<description>Pages that misbehave on purpose.</description>\n");
        routes.forEach((name, url) -> {
            if (!url.contains("/feeds/")) {
                x.append("<item>\n<title>Fault: ").append(xml(name)).append("</title>\n<link>").append(xml(url))
                        .append("</link>\n<guid isPermaLink=\"false\">fault-").append(xml(name)).append("</guid>\n</item>\n");
            }
        });
        return x.append("</channel>\n</rss>\n").toString();
    }

    /** "Billion laughs": ten nested entities that expand to 10^9 copies of "lol" (about 3 GB). */
    String bomb() {
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE rss [\n");
        x.append("  <!ENTITY lol \"lol\">\n");
        for (int level = 1; level <= 9; level++) {
            String previous = level == 1 ? "lol" : "lol" + (level - 1);
            x.append("  <!ENTITY lol").append(level).append(" \"").append(("&" + previous + ";").repeat(10)).append("\">\n");
        }
        x.append("]>\n<rss version=\"2.0\">\n<channel>\n<title>Bomb &lol9;</title>\n<link>").append(baseUrl)
                .append("/</link>\n<description>&lol9;</description>\n");
        appendItem(x, "&lol9;");
        return x.append("</channel>\n</rss>\n").toString();
    }

    /** A feed whose entity {@code xxe} is the local file {@code /etc/passwd}: a safe parser must not read it. */
    String xxe() {
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<!DOCTYPE rss [\n  <!ENTITY xxe SYSTEM \"file:///etc/passwd\">\n]>\n")
                .append("<rss version=\"2.0\">\n<channel>\n<title>Courier wire</title>\n<link>").append(baseUrl)
                .append("/</link>\n<description>Wire copy &xxe;</description>\n");
        appendItem(x, "Wire: &xxe;");
        return x.append("</channel>\n</rss>\n").toString();
    }

    private void appendItem(StringBuilder x, String titleMarkup) {
        Article newest = newsroom.articles().get(0);
        x.append("<item>\n<title>").append(titleMarkup).append("</title>\n<link>").append(xml(baseUrl + newest.path))
                .append("</link>\n<description>").append(titleMarkup).append("</description>\n</item>\n");
    }
}
