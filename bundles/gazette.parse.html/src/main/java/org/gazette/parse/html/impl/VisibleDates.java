package org.gazette.parse.html.impl;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gazette.text.IsoDates;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * Dates that a page shows but does not declare: {@code itemprop="datePublished"} on any element (outside the places below),
 * the first {@code <time>} (its {@code datetime}, else its text: templates leave the attribute
 * empty or fill it with prose) outside navigation, footers, readers' comments ({@link CommentSections})
 * and the site's banner ({@code role="banner"}, or a {@code <header>} straight under {@code <body>} without the
 * {@code <h1>}, the banner landmark as HTML defines it: where newspapers print today's date) and sections of
 * related posts ({@link RelatedSections}: their cards print other articles' dates), short texts
 * (outside those too) in elements whose class or id speaks of dates, bylines or authors
 * ("post-date", "entry-meta", "author-details"), the short texts right around the {@code <h1>} (or
 * the element that shows the headline on a page without one, {@link HeadlineStandIns}) and then
 * after its wrapper (also "2 hours ago", against the fetch time), then the page state of
 * script-rendered sites ({@link ScriptDates}), and last a date in the URL path ({@code /2023/09/14/}).
 */
final class VisibleDates {
    private static final Evaluator TIME = Selector.evaluatorOf("time");
    private static final Evaluator H1 = Selector.evaluatorOf("h1");
    private static final int MAX_TEXT = 80;
    private static final int TEXTS_AFTER_HEADING = 25;
    private static final Pattern DATE_CLASS = Pattern.compile(
            "(?i)(^|[\\s_-])(date|dates|time|timestamp|posted|published|pubdate|dateline|byline|author|meta|post-meta|entry-meta|article-meta|info)([\\s_-]|$)");
    /** Every match of {@link #DATE_CLASS} contains one of these. */
    private static final AsciiWords DATE_WORDS = new AsciiWords("date", "time", "posted", "published", "byline", "author", "meta", "info");
    private static final Pattern URL_DATE = Pattern.compile("/((?:19|20)\\d{2})[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\\d|3[01])(?:/|-|\\.|$)");
    /** What sets a date apart from a byline beside it: "By Ann Reed - Mar 27, 2024", "| 14.09.2023", "[Submitted on 18 Dec 2025]". */
    private static final Pattern SEPARATORS_AROUND = Pattern.compile("^[-\u2013\u2014|\u00b7\u2022/,:(\\[]+\\s*|\\s*[)\\]]+$");
    /** The characters that {@link #SEPARATORS_AROUND} removes at the start of a text. */
    private static final String SEPARATOR_FIRST = "-\u2013\u2014|\u00b7\u2022/,:([";
    /**
     * The characters that end a text {@link #SEPARATORS_AROUND} removes closing brackets from: a
     * bracket, or a line terminator that normalising leaves, before which {@code $} also matches.
     */
    private static final String CLOSING = ")]\u0085\u2028\u2029";
    private static final String OUTSIDE_QUERY = "nav, footer, aside, header nav, [role=banner], body > header:not(:has(h1))";
    private static final Evaluator OUTSIDE_ARTICLE = Selector.evaluatorOf(OUTSIDE_QUERY);

    private VisibleDates() {
    }

    /**
     * @param page the page
     * @param dates how the page's dates read
     * @param headline the article's title, or {@code null}
     * @return the date the page shows, its script state gives, a label or its URL gives; or {@code null}
     */
    static Pick<String> published(Page page, DateReader dates, String headline) {
        Element body = page.doc().body();
        if (body == null) {
            return null;
        }
        Pick<String> p = shown(page, body, dates, headline);
        if (p == null) {
            p = ScriptDates.published(page);
        }
        if (p == null) {
            p = LabelledDates.find(body, dates);
        }
        return p != null ? p : fromUrl(page.doc().location());
    }

    /**
     * @param page the page
     * @param dates how the page's dates read
     * @param headline the article's title, or {@code null}
     * @return the date shown in the page's markup for dates, bylines and headline ({@code itemprop},
     *         {@code <time>}, date-named elements, the texts after the {@code <h1>}), without the
     *         later resorts (script state, labels anywhere, the URL); or {@code null}
     */
    static Pick<String> shown(Page page, DateReader dates, String headline) {
        Element body = page.doc().body();
        return body == null ? null : shown(page, body, dates, headline);
    }

    private static Pick<String> shown(Page page, Element body, DateReader dates, String headline) {
        for (Element el : page.tags().selectByAttributes(body, el -> el.attributes().get("itemprop").trim().equalsIgnoreCase("datePublished"))) {
            if (elsewhere(el)) {
                continue;
            }
            String v = el.hasAttr("content") ? el.attr("content") : el.hasAttr("datetime") ? el.attr("datetime") : el.text();
            Pick<String> p = read(v, "itemprop=datePublished", new DateReader(null, dates.order()));
            if (p != null) {
                return p;
            }
        }
        for (Element time : page.tags().select(body, TIME, "time")) {
            if (!elsewhere(time)) {
                Pick<String> p = time.hasAttr("datetime") ? read(time.attr("datetime"), "time", dates) : null;
                if (p == null) {
                    // no datetime, or an empty or unreadable one (datetime="", datetime="Sep 16"): the text the reader sees
                    p = read(time.text(), "time", dates);
                }
                if (p != null) {
                    return p;
                }
            }
        }
        // attributes read by their lower-case names, as the parser writes them: the same as className() and id(), which ignore case, and cheaper
        for (Element el : page.tags().selectByAttributes(body,
                el -> isDateName(el.attributes().get("class").trim()) || isDateName(el.attributes().get("id")))) {
            if (!elsewhere(el)) {
                Pick<String> p = shortTexts(el, "date element", Integer.MAX_VALUE, dates);
                if (p != null) {
                    return p;
                }
            }
        }
        List<Element> headings = page.tags().select(body, H1, "h1");
        Element h1 = headings.isEmpty() ? HeadlineStandIns.find(body, headline) : headings.get(0);
        if (h1 != null && h1.parent() != null) {
            Pick<String> p = shortTexts(h1.parent(), "text after h1", TEXTS_AFTER_HEADING, dates);
            if (p == null) {
                p = textsFollowing(h1.parent(), dates);
            }
            return p;
        }
        return null;
    }

    /**
     * @return true when the element stands where dates are not this article's: navigation, footers,
     *         the site's banner, readers' comments or related posts
     */
    private static boolean elsewhere(Element el) {
        return el.closest(OUTSIDE_ARTICLE) != null || CommentSections.contain(el) || RelatedSections.contain(el);
    }

    /**
     * The first of the {@value #TEXTS_AFTER_HEADING} text nodes after an element (in document order,
     * out of its parents too: the heading's wrapper often holds only the heading) that reads as a date.
     */
    private static Pick<String> textsFollowing(Element element, DateReader dates) {
        int[] seen = {0};
        for (Node n = following(element); n != null && seen[0] < TEXTS_AFTER_HEADING; n = following(n)) {
            Pick<String> p = shortTexts(n, "text after h1", TEXTS_AFTER_HEADING, seen, dates);
            if (p != null) {
                return p;
            }
        }
        return null;
    }

    /** @return the node after this one and its subtree in document order, or {@code null} */
    private static Node following(Node node) {
        Node n = node;
        while (n.nextSibling() == null) {
            n = n.parent();
            if (n == null) {
                return null;
            }
        }
        return n.nextSibling();
    }

    /** @return true when a class or id speaks of dates or bylines; most names of a page lack the words, which a scan tells faster */
    private static boolean isDateName(String name) {
        return DATE_WORDS.occurIn(name) && DATE_CLASS.matcher(name).find();
    }

    /** The first short text node of an element that reads as a date. */
    private static Pick<String> shortTexts(Node root, String from, int limit, DateReader dates) {
        return shortTexts(root, from, limit, new int[1], dates);
    }

    private static Pick<String> shortTexts(Node root, String from, int limit, int[] seen, DateReader dates) {
        Pick<String>[] found = new Pick[1];
        root.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (found[0] != null || seen[0] >= limit) {
                    return FilterResult.STOP;
                }
                if (node instanceof TextNode t && !t.isBlank()) {
                    seen[0]++;
                    found[0] = read(t.text(), from, dates);
                    if (found[0] == null && node.parent() instanceof Element parent && parent.childNodeSize() > 1) {
                        found[0] = read(parent.text(), from, dates);
                    }
                }
                return FilterResult.CONTINUE;
            }
        });
        return found[0];
    }

    /** @return the date a short text is (alone, after a label or separators, or as one field of a meta line), or {@code null} */
    static Pick<String> read(String text, String from, DateReader dates) {
        String t = Text.normalise(text);
        if (!t.isEmpty() && (SEPARATOR_FIRST.indexOf(t.charAt(0)) >= 0 || CLOSING.indexOf(t.charAt(t.length() - 1)) >= 0)) {
            t = SEPARATORS_AROUND.matcher(t).replaceAll(""); // most texts have none: spared the pattern
        }
        if (t.isEmpty() || t.length() > MAX_TEXT) {
            return null;
        }
        String iso = dates.parse(t);
        if (iso == null) {
            iso = dates.parseFields(t);
        }
        return iso == null ? null : new Pick<>(iso, from);
    }

    /** @return the date in a URL path ({@code /2023/09/14/}), or {@code null} */
    static Pick<String> fromUrl(String url) {
        Matcher m = URL_DATE.matcher(url == null ? "" : url);
        return m.find() ? Pick.of(IsoDates.normalise(m.group(1) + "-" + m.group(2) + "-" + m.group(3)), "url") : null;
    }
}
