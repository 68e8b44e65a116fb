package org.gazette.parse.html.impl;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;

/**
 * Finds the headline: {@code og:title}, else JSON-LD {@code headline}, else the first
 * {@code <h1>}, else {@code <title>}, else the source's hint. A site name joined to the headline
 * ("Headline | Site", "Headline - Site", "Headline — Site", also "Site | Headline") is removed
 * when that part matches the site name (Open Graph, JSON-LD publisher, {@code application-name})
 * or the host name, or when the part before the separator repeats the page's {@code <h1>}.
 */
final class Titles {

    private static final Pattern SEPARATOR = Pattern.compile("\\s+[|\u2013\u2014\u00B7\u00BB:-]{1,2}\\s+");

    private Titles() {
    }

    /**
     * @param page the page
     * @param siteName the site name found for the page, or {@code null}
     * @return the headline and its source, or {@code null}
     */
    static Pick<String> find(Page page, String siteName) {
        List<String> sites = new ArrayList<>();
        Pick<String> appName = page.meta().first("application-name");
        String host = page.host();
        for (String site : new String[] {siteName, appName == null ? null : appName.value(), host, page.domainLabel()}) {
            if (site != null && !Text.key(site).isEmpty()) {
                sites.add(Text.key(site));
            }
        }
        Element h1 = page.doc().selectFirst("h1");
        Pick<String> found = page.meta().first("og:title");
        if (found == null) {
            found = Pick.of(page.jsonLd().text("headline"), "json-ld:headline");
        }
        if (found == null && h1 != null) {
            found = Pick.of(h1.text(), "h1");
        }
        if (found == null) {
            found = Pick.of(page.doc().title(), "title");
        }
        if (found == null) {
            return Pick.of(page.item().title, "item");
        }
        String title = withoutSite(Text.normalise(found.value()), sites);
        String heading = h1 == null ? "" : Text.normalise(h1.text());
        if (!heading.isEmpty() && title.length() > heading.length() && title.regionMatches(true, 0, heading, 0,
                heading.length()) && SEPARATOR.matcher(title).region(heading.length(), title.length()).lookingAt()) {
            title = title.substring(0, heading.length());
        }
        return new Pick<>(title, found.from());
    }

    /** Removes a leading or trailing part that names the site. */
    static String withoutSite(String title, List<String> sites) {
        String result = title;
        for (int round = 0; round < 3; round++) {
            Matcher m = SEPARATOR.matcher(result);
            int firstStart = -1;
            int firstEnd = -1;
            int lastStart = -1;
            int lastEnd = -1;
            while (m.find()) {
                if (firstStart < 0) {
                    firstStart = m.start();
                    firstEnd = m.end();
                }
                lastStart = m.start();
                lastEnd = m.end();
            }
            if (lastStart < 0) {
                break;
            } else if (sites.contains(Text.key(result.substring(lastEnd)))) {
                result = result.substring(0, lastStart);
            } else if (sites.contains(Text.key(result.substring(0, firstStart)))) {
                result = result.substring(firstEnd);
            } else {
                break;
            }
        }
        return result.isBlank() ? title : result.trim();
    }
}
