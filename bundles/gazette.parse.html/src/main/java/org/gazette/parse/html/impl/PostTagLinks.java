package org.gazette.parse.html.impl;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * The post's tags as its page prints them, in the post's own region ({@link #outsideThePost}):
 * <ul>
 * <li>{@link #declared}: links that say they lead to a tag ({@code rel="tag"}, as WordPress and other blog engines print
 * them), not a category ({@code rel="category tag"});</li>
 * <li>{@link #byAddress}: for pages that give no tags at all otherwise, links after the headline to a tag's page by their
 * address, a tag segment and the tag's own ({@code /tag/ferries/}, {@code /topics/flooding}, {@code /thema/verkehr}), as news
 * CMSes print the "Topics" or "Tags:" list under the article. The segment names of the common CMSes and languages
 * are listed; an address with more after the tag's segment ({@code /t/some-thread/1234}, a forum's thread) is none.</li>
 * </ul>
 */
final class PostTagLinks {
    private static final Evaluator H1 = Selector.evaluatorOf("h1");
    private static final Evaluator TAG_LINK = Selector.evaluatorOf("a[rel~=(?i)(^|\\s)tag(\\s|$)]");
    private static final Evaluator LINK = Selector.evaluatorOf("a[href]");
    /** The path segments that lead to a tag's page: English, German, Spanish, Portuguese, Italian, French, Polish, Russian, Turkish. */
    private static final Set<String> TAG_SEGMENTS = Set.of("tag", "tags", "topic", "topics", "thema", "themen", "schlagwort",
            "schlagworte", "stichwort", "etiqueta", "etiquetas", "tema", "temas", "argomenti", "sujet", "sujets", "mot-cle", "mots-cles",
            "tagi", "temat", "tematy", "teg", "tegi", "тег", "теги", "etiket", "konu");
    /** A tag's name is shorter than this; a longer text is a teaser's headline. */
    private static final int MAX_TAG_CHARS = 60;
    /** A post prints at most this many tags; more links to tags' pages make the site's index of them. */
    private static final int MAX_LINKED_TAGS = 20;
    /** A line of tags, or the list item of one, is shorter than this; a longer block is prose that links a topic. */
    private static final int MAX_TAG_LINE = 200;
    /** A line of tags says this many characters at most beside its links ("Tags:", "Filed under:", the commas). */
    private static final int MAX_UNLINKED_CHARS = 40;

    private PostTagLinks() {
    }

    /** @return the texts of the post's {@code rel="tag"} links, at most {@code max} */
    static List<String> declared(Page page, int max) {
        List<Element> links = page.tags().select("a", TAG_LINK);
        if (links.isEmpty()) {
            return List.of();
        }
        Set<Element> aroundHeadline = aroundHeadline(page);
        List<String> out = new ArrayList<>();
        for (Element a : links) {
            String rel = a.attr("rel").toLowerCase(Locale.ROOT);
            if (out.size() < max && !rel.contains("category") && !outsideThePost(a, aroundHeadline)) {
                out.add(a.text());
            }
        }
        return out;
    }

    /** @return the texts of the links after the headline that lead to a tag's page by their address, at most {@code max} */
    static List<String> byAddress(Page page, int max) {
        List<Element> headings = page.tags().select("h1", H1);
        Element body = page.doc().body();
        if (headings.isEmpty() || body == null) {
            return List.of();
        }
        Set<Element> aroundHeadline = aroundHeadline(page);
        List<String> out = new ArrayList<>();
        Element headline = headings.get(0);
        boolean afterHeadline = false;
        String site = page.domainLabel();
        for (Element el : page.tags().select(body, LINK, "a")) {
            if (!leadsToTag(el.attr("href")) || !onSite(el, site)) {
                continue; // most links: the address test is cheaper than the tree's order
            }
            afterHeadline = afterHeadline || Trees.precedes(headline, el);
            if (!afterHeadline) {
                continue;
            }
            String text = Text.normalise(el.text());
            if (!text.isEmpty() && text.length() < MAX_TAG_CHARS && !inProse(el) && !outsideThePost(el, aroundHeadline)
                    && out.stream().noneMatch(text::equalsIgnoreCase)) {
                out.add(text.charAt(0) == '#' ? text.substring(1) : text);
            }
            if (out.size() > MAX_LINKED_TAGS) {
                return List.of(); // the site's index of tags, not the post's
            }
        }
        return out.size() > max ? out.subList(0, max) : out;
    }

    /** @return whether the link stands in a paragraph of prose (a mention linked to a topic's page), not in a list of tags */
    private static boolean inProse(Element link) {
        Element block = link.parent();
        while (block != null && !block.isBlock()) {
            block = block.parent();
        }
        if (block == null) {
            return false;
        }
        if (LongText.exceeds(block, MAX_TAG_LINE)) {
            return true;
        }
        int linked = 0;
        for (Element a : block.getElementsByTag("a")) {
            linked += a.text().length();
        }
        return block.text().length() - linked > MAX_UNLINKED_CHARS; // "Tags:", "Filed under", commas: few words beside the links
    }

    /**
     * @param site the page's domain label ({@code acme} of {@code news.acme.co.uk}), possibly empty
     * @return whether the link stays on the page's site (a host with its domain label; a relative link does): another
     *         site's tags ({@code medium.com/tag/...}, {@code youtube.com/t/terms}) are not the post's
     */
    private static boolean onSite(Element link, String site) {
        String host = UrlPaths.hostOf(link.attr("href"));
        return site.isEmpty() || host == null || host.startsWith(site + ".") || host.contains("." + site + ".");
    }

    /** @return whether the address's path ends in a tag segment and one more ({@code /tag/ferries/}) */
    static boolean leadsToTag(String href) {
        String path = UrlPaths.pathOf(href);
        int end = path.length();
        while (end > 0 && path.charAt(end - 1) == '/') {
            end--; // "/tag/ferries/"
        }
        int last = path.lastIndexOf('/', end - 1); // before the tag's own segment
        if (last <= 0 || last == end - 1) {
            return false;
        }
        int before = path.lastIndexOf('/', last - 1); // before the tag segment
        if (last - before < 2 || before > 0 && path.charAt(before - 1) == '/') {
            return false; // no segment, or "//host/…": the host is no segment ("tag/x", relative, starts with its segment)
        }
        return TAG_SEGMENTS.contains(path.substring(before + 1, last).toLowerCase(Locale.ROOT));
    }

    private static Set<Element> aroundHeadline(Page page) {
        List<Element> headings = page.tags().select("h1", H1);
        Set<Element> around = Collections.newSetFromMap(new IdentityHashMap<>());
        if (!headings.isEmpty()) {
            around.addAll(headings.get(0).parents());
        }
        return around;
    }

    /**
     * @param aroundHeadline the elements that hold the page's first {@code <h1>}: a link under the first
     *        of them it meets on its way up is in the post's own region
     * @return whether the link is in navigation, a sidebar, a footer, readers' comments, or a widget of the
     *         site's tags (a tag cloud, the "trending tags" of a search box: a class or id holding "cloud",
     *         or with a part "search"; not "sidebar", which themes also name the wrapper of text and sidebar, nor
     *         "widget", which page builders such as Elementor name every block, the post's tags too) below the region of the headline; a page builder's or the body's classes
     *         above that region ({@code fl-search-active}) say nothing of the link
     */
    private static boolean outsideThePost(Element a, Set<Element> aroundHeadline) {
        for (Element e = a.parent(); e != null && !aroundHeadline.contains(e); e = e.parent()) {
            String tag = e.normalName();
            if (tag.equals("nav") || tag.equals("aside") || tag.equals("footer")) {
                return true;
            }
            String names = e.className() + " " + e.id();
            if (names.toLowerCase(Locale.ROOT).contains("cloud") || NameParts.has(names, "search")) {
                return true;
            }
        }
        return CommentSections.contain(a);
    }
}
