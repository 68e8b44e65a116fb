package org.gazette.parse.html.impl;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import java.time.OffsetDateTime;

import org.gazette.text.IsoDates;
import org.gazette.text.RelativeDates;
import org.gazette.text.WrittenDates;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * Dates that a page shows but does not declare: {@code itemprop="datePublished"} on any element,
 * the first {@code <time>} outside navigation and footers, short texts in elements whose class or
 * id speaks of dates or bylines ("post-date", "entry-meta", "dateline"), the short texts right
 * after the {@code <h1>} (also "2 hours ago", against the fetch time), and last a date in the URL
 * path ({@code /2023/09/14/}).
 */
final class VisibleDates {
    private static final Evaluator ITEMPROP_PUBLISHED = Selector.evaluatorOf("[itemprop=datePublished]");
    private static final Evaluator TIME = Selector.evaluatorOf("time");
    private static final Evaluator WITH_CLASS_OR_ID = Selector.evaluatorOf("[class], [id]");
    private static final Evaluator H1 = Selector.evaluatorOf("h1");
    private static final int MAX_TEXT = 80;
    private static final int TEXTS_AFTER_HEADING = 25;
    private static final Pattern DATE_CLASS = Pattern.compile(
            "(?i)(^|[\\s_-])(date|dates|time|timestamp|posted|published|pubdate|dateline|byline|meta|post-meta|entry-meta|article-meta|info)([\\s_-]|$)");
    private static final Pattern URL_DATE = Pattern.compile("/((?:19|20)\\d{2})[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\\d|3[01])(?:/|-|\\.|$)");
    private static final String OUTSIDE_QUERY = "nav, footer, aside, header nav";
    private static final Evaluator OUTSIDE_ARTICLE = Selector.evaluatorOf(OUTSIDE_QUERY);

    private VisibleDates() {
    }

    static Pick<String> published(Page page) {
        Element body = page.doc().body();
        if (body == null) {
            return null;
        }
        for (Element el : body.select(ITEMPROP_PUBLISHED)) {
            String v = el.hasAttr("content") ? el.attr("content") : el.hasAttr("datetime") ? el.attr("datetime") : el.text();
            Pick<String> p = read(v, "itemprop=datePublished", null);
            if (p != null) {
                return p;
            }
        }
        for (Element time : body.select(TIME)) {
            if (time.closest(OUTSIDE_ARTICLE) == null) {
                Pick<String> p = read(time.hasAttr("datetime") ? time.attr("datetime") : time.text(), "time", page.fetched());
                if (p != null) {
                    return p;
                }
            }
        }
        for (Element el : body.select(WITH_CLASS_OR_ID)) {
            if ((DATE_CLASS.matcher(el.className()).find() || DATE_CLASS.matcher(el.id()).find()) && el.closest(OUTSIDE_ARTICLE) == null) {
                Pick<String> p = shortTexts(el, "date element", Integer.MAX_VALUE, page.fetched());
                if (p != null) {
                    return p;
                }
            }
        }
        Element h1 = body.selectFirst(H1);
        if (h1 != null && h1.parent() != null) {
            Pick<String> p = shortTexts(h1.parent(), "text after h1", TEXTS_AFTER_HEADING, page.fetched());
            if (p != null) {
                return p;
            }
        }
        return fromUrl(page.doc().location());
    }

    /** The first short text node of an element that reads as a date. */
    private static Pick<String> shortTexts(Element root, String from, int limit, OffsetDateTime fetched) {
        Pick<String>[] found = new Pick[1];
        int[] seen = {0};
        root.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (found[0] != null || seen[0] >= limit) {
                    return FilterResult.STOP;
                }
                if (node instanceof TextNode t && !t.isBlank()) {
                    seen[0]++;
                    found[0] = read(t.text(), from, fetched);
                    if (found[0] == null && node.parent() instanceof Element parent && parent.childNodeSize() > 1) {
                        found[0] = read(parent.text(), from, fetched);
                    }
                }
                return FilterResult.CONTINUE;
            }
        });
        return found[0];
    }

    private static Pick<String> read(String text, String from, OffsetDateTime fetched) {
        String t = Text.normalise(text);
        if (t.isEmpty() || t.length() > MAX_TEXT) {
            return null;
        }
        String iso = IsoDates.normalise(t);
        if (iso == null) {
            iso = WrittenDates.parse(t);
        }
        if (iso == null) {
            iso = RelativeDates.parse(t, fetched);
        }
        return iso == null ? null : new Pick<>(iso, from);
    }

    private static Pick<String> fromUrl(String url) {
        Matcher m = URL_DATE.matcher(url == null ? "" : url);
        return m.find() ? Pick.of(IsoDates.normalise(m.group(1) + "-" + m.group(2) + "-" + m.group(3)), "url") : null;
    }
}
