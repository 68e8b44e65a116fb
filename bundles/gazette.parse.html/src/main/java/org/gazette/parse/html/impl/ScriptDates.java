package org.gazette.parse.html.impl;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gazette.text.IsoDates;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * Publication dates in the state that script-rendered sites ship with the page (Next.js
 * {@code __NEXT_DATA__}, Nuxt, Gatsby, headless WordPress): the first
 * {@code "publishedAt": "2025-10-20T13:08:55-07:00"} or kin in a non-JSON-LD script. The page's own
 * article usually comes first in that state; related stories follow. Read only when the page
 * declares and shows no date, and before the URL.
 */
final class ScriptDates {
    private static final Evaluator SCRIPT = Selector.evaluatorOf("script");
    private static final Pattern PUBLISHED = Pattern.compile("[\"'](?:datePublished|date_published|publishedAt|published_at"
            + "|publishedDate|published_date|publishDate|publish_date|publicationDate|publication_date|firstPublished"
            + "|first_published_at|postDate|post_date|pubDate)[\"']\\s*:\\s*[\"'](\\d{4}-\\d{2}-\\d{2}[^\"']{0,30})[\"']");
    /** Characters of script read at most, so that a megabyte of state cannot slow the parse. */
    private static final int MAX_CHARS = 2_000_000;

    private ScriptDates() {
    }

    /**
     * @param page the page, before its body text is extracted (its {@link TagIndex} is read)
     * @return the first declared publication date in the page's inline scripts, or {@code null}
     */
    static Pick<String> published(Page page) {
        int read = 0;
        for (Element script : page.tags().select("script", SCRIPT)) {
            if (script.hasAttr("src") || script.attr("type").trim().equalsIgnoreCase("application/ld+json")) {
                continue; // loaded from elsewhere, or JSON-LD, which JsonLd reads
            }
            String data = script.data();
            if (data.length() > MAX_CHARS - read) {
                data = data.substring(0, MAX_CHARS - read);
            }
            read += data.length();
            if (data.indexOf(':') >= 0) {
                Matcher m = PUBLISHED.matcher(data);
                while (m.find()) {
                    Pick<String> p = Pick.of(IsoDates.normalise(m.group(1)), "script");
                    if (p != null) {
                        return p;
                    }
                }
            }
            if (read >= MAX_CHARS) {
                break;
            }
        }
        return null;
    }
}
