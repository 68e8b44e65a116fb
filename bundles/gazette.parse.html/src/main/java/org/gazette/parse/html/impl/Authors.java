package org.gazette.parse.html.impl;

import java.util.ArrayList;
import java.util.List;

import org.gazette.text.Bylines;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * Finds the article's authors. Sources, first one with a name wins: JSON-LD {@code author},
 * {@code <meta name="author">}, {@code article:author} (when it is a name, not a profile URL),
 * {@code rel="author"} links, then byline elements ({@code itemprop="author"}, classes such as
 * {@code author} or {@code byline}), then the source's hint, then a "By ..." line among the first
 * texts after the {@code <h1>}.
 */
final class Authors {
    private static final Evaluator AUTHOR_LINK = Selector.evaluatorOf("a[rel~=(?i)^author$]");
    private static final Evaluator H1 = Selector.evaluatorOf("h1");
    private static final Evaluator ITEMPROP_NAME = Selector.evaluatorOf("[itemprop=name]");
    private static final Evaluator LINK = Selector.evaluatorOf("a");

    private static final String BYLINE_ELEMENTS_QUERY = "[itemprop=author], [rel~=(?i)^author$], [class~=(?i)(^|[\\s_-])"
            + "(author|authors|byline|byline__name|author-name|submitted)([\\s_-]|$)]";
    private static final Evaluator BYLINES = Selector.evaluatorOf(BYLINE_ELEMENTS_QUERY);
    private static final int MAX_BYLINE_ELEMENTS = 50;
    private static final int TEXTS_AFTER_HEADING = 25;
    /** How many parts (text nodes, child elements) of a byline element are tried one by one. */
    private static final int MAX_BYLINE_PARTS = 10;

    private Authors() {
    }

    /**
     * @param page the page
     * @return the authors in byline order and where they came from, or {@code null}; an organisation
     *         as JSON-LD author gives way to a person named elsewhere on the page
     */
    static Pick<List<String>> find(Page page) {
        List<String> names = new ArrayList<>();
        for (String name : page.jsonLd().texts("author")) {
            addAll(names, name.startsWith("http") ? List.of() : Bylines.names(name));
        }
        if (!names.isEmpty() && !page.jsonLd().authorsAreOrganizations()) {
            return new Pick<>(names, "json-ld:author");
        }
        if (!names.isEmpty()) {
            // the site credits itself: a person named by the page's other sources is the author
            Pick<List<String>> person = fromPage(page, false);
            return person != null ? person : new Pick<>(names, "json-ld:author (organization)");
        }
        return fromPage(page, true);
    }

    /**
     * The authors named by the page's meta tags, links and bylines, then the source's hint (unless
     * told not to: it may repeat the organisation) and a "By ..." line after the heading.
     */
    private static Pick<List<String>> fromPage(Page page, boolean withHint) {
        List<String> names = new ArrayList<>();
        for (String key : new String[] {"author", "article:author"}) {
            for (String value : page.meta().all(key)) {
                addAll(names, value.startsWith("http") ? List.of() : Bylines.names(value));
            }
            if (!names.isEmpty()) {
                return new Pick<>(names, MetaTags.source(key));
            }
        }
        for (Element link : page.doc().select(AUTHOR_LINK)) {
            addAll(names, Bylines.names(link.text()));
        }
        if (!names.isEmpty()) {
            return new Pick<>(names, "rel=author");
        }
        int looked = 0;
        for (Element byline : page.doc().body().select(BYLINES)) {
            if (++looked > MAX_BYLINE_ELEMENTS) {
                break;
            }
            addAll(names, fromElement(byline));
            if (!names.isEmpty()) {
                return new Pick<>(names, "byline");
            }
        }
        if (!withHint) {
            return bylineAfterHeading(page);
        }
        if (page.item().authors != null && !page.item().authors.isEmpty()) {
            return new Pick<>(new ArrayList<>(page.item().authors), "item");
        }
        return bylineAfterHeading(page);
    }

    /** A "By ..." line among the first short texts after the {@code <h1>}. */
    private static Pick<List<String>> bylineAfterHeading(Page page) {
        Element h1 = page.doc().body() == null ? null : page.doc().body().selectFirst(H1);
        if (h1 == null || h1.parent() == null) {
            return null;
        }
        int seen = 0;
        boolean afterHeading = false;
        for (Element el : h1.parent().getAllElements()) {
            if (el == h1) {
                afterHeading = true;
                continue;
            }
            if (!afterHeading || !el.hasText() || el.childrenSize() > 3) {
                continue;
            }
            if (++seen > TEXTS_AFTER_HEADING) {
                break;
            }
            List<String> names = Bylines.fromLine(el.text());
            if (!names.isEmpty()) {
                return new Pick<>(names, "byline text");
            }
        }
        return null;
    }

    /**
     * A byline element: its {@code itemprop=name}, else its whole text, else the names of its links,
     * else its first direct part (text or child element) that is a name.
     */
    private static List<String> fromElement(Element byline) {
        Element name = byline.selectFirst(ITEMPROP_NAME);
        if (name != null) {
            String text = name.hasAttr("content") ? name.attr("content") : name.text();
            return Bylines.names(text);
        }
        List<String> names = Bylines.names(byline.hasAttr("content") ? byline.attr("content") : byline.text());
        if (names.isEmpty()) {
            names = new ArrayList<>();
            for (Element link : byline.select(LINK)) {
                addAll(names, Bylines.names(link.text()));
            }
        }
        for (int i = 0; names.isEmpty() && i < byline.childNodeSize() && i < MAX_BYLINE_PARTS; i++) {
            // a name beside a date or a role: "Jane Doe<br>4 August 2024", "<span>Jane Doe</span><span>Editor</span>"
            Node part = byline.childNode(i);
            String text = part instanceof TextNode t ? t.text() : part instanceof Element e ? e.text() : "";
            if (!text.isBlank()) {
                names = new ArrayList<>(Bylines.names(text));
            }
        }
        return names;
    }

    private static void addAll(List<String> names, List<String> more) {
        for (String name : more) {
            if (names.stream().noneMatch(name::equalsIgnoreCase)) {
                names.add(name);
            }
        }
    }
}
