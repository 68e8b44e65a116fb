package org.gazette.parse.html.impl;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.gazette.text.BoilerplateLines;
import org.jsoup.nodes.Element;

/**
 * Knows what is not body text. By element (furniture): navigation, headers and footers, asides,
 * forms, figures with their captions (but not a figure holding a table), dialogs, hidden elements
 * (but not the hidden chunks of React's streamed rendering, {@code <div hidden id="S:0">}, which a
 * script shows; an element a page builder hides on every screen is hidden too), the parts a
 * publisher marks {@code data-nosnippet} (search engines' mark for text not to quote: consent
 * banners, site headers and footers, comment threads, affiliate notes in the dev pages). By class
 * or id: cookie and consent banners, share bars, social links, newsletter and subscription boxes,
 * related links, comments, advertising, promotions, calls to action, paywalls, sign-up and rating
 * widgets, captions, breadcrumbs, tags, bylines and author boxes, the list of sources an article
 * cites ({@code citation-container}; a references list, which is not the article's text any more
 * than the list after a "References" heading is), feedback widgets ("Was this page helpful?"),
 * matched as whole parts of a name or their starts (taxonomy classes such as WordPress's {@code
 * tag-social-media}, and states such as {@code with-sidebar} or {@code sidebar-enabled--false}, do
 * not count). The callers keep any such element that holds most of the text ({@link
 * BoilerplateBlocks#without}).
 */
final class Boilerplate {

    /** Elements that hold page furniture rather than an article's text. */
    private static final Set<String> TAGS = Set.of("nav", "header", "footer", "aside", "form", "figure",
            "figcaption", "dialog", "menu");
    private static final Pattern DISPLAY_NONE = Pattern.compile("(?i)display\\s*:\\s*none");
    /**
     * Page builders' and CSS frameworks' classes that hide an element on each kind of screen, one
     * set per builder: Elementor's "hide on desktop / tablet / mobile", Bootstrap 3's responsive
     * utilities, WPBakery's "hide on device" switches.
     */
    private static final List<List<String>> HIDDEN_ON_EVERY_SCREEN = List.of(
            List.of("elementor-hidden-desktop", "elementor-hidden-tablet", "elementor-hidden-mobile"),
            List.of("hidden-xs", "hidden-sm", "hidden-md", "hidden-lg"),
            List.of("vc_hidden-xs", "vc_hidden-sm", "vc_hidden-md", "vc_hidden-lg"));
    /**
     * React's streaming server rendering parks content in hidden {@code <div id="S:0">} until a script
     * moves it; the ids count in hexadecimal ({@code S:a}, {@code S:1f}), as {@link StreamedChunks} reads them.
     */
    private static final Pattern STREAMED_CHUNK = Pattern.compile("S:[0-9a-f]+");
    /** Starts of CMS classes that carry a post's taxonomy ({@code tag-social-media}), not the element's role. */
    private static final String[] TAXONOMY_PREFIXES = {"tag-", "category-", "categories-", "topic-", "section-"};
    /** Class or id parts that mark boilerplate when they appear whole. */
    private static final String[] WORDS = {"ad", "ads", "tags", "tagcloud", "gdpr", "popup", "modal", "sidebar",
        "disqus", "sharing", "caption", "cta", "ctas", "paywall", "signup", "optin", "upsell", "donate", "donation",
        "rating", "ratings", "abh", "citation", "feedback"};
    /** Class or id parts that mark boilerplate when a part starts with them. */
    private static final String[] PREFIXES = {"cookie", "consent", "share", "social", "newsletter", "subscri",
        "related", "comment", "advert", "promo", "breadcrumb", "sponsor", "taboola", "outbrain", "byline", "author",
        "disclaimer", "tooltip", "sabox"};
    /**
     * Parts that make a compound name a state of the page rather than a box: {@code with-sidebar},
     * {@code has-sidebar} and {@code cookies-not-set} say what the page has, not what the element is;
     * so do a theme's switches, {@code sidebar-enabled--false} or {@code ads-disabled} (the article's
     * wrapper saying that no sidebar is shown beside it).
     */
    private static final String[] STATES = {"with", "has", "no", "without", "is", "not", "enabled", "disabled", "true", "false"};

    /** The lists above by initial: most parts of a name start as none of their words do. */
    private static final WordsByInitial TAXONOMY_BY_INITIAL = new WordsByInitial(TAXONOMY_PREFIXES);
    private static final WordsByInitial WORDS_BY_INITIAL = new WordsByInitial(WORDS);
    private static final WordsByInitial PREFIXES_BY_INITIAL = new WordsByInitial(PREFIXES);
    private static final WordsByInitial STATES_BY_INITIAL = new WordsByInitial(STATES);

    /** A legal notice is a copyright line with at most this many blocks beside it, itself included. */
    static final int LEGAL_BLOCKS = 4;


    private Boilerplate() {
    }

    /**
     * @param el an element
     * @return true when its tag marks furniture (navigation, header, footer, aside, form, figure
     *         unless it holds a table or a quotation), it is hidden from readers or it is a post
     *         embedded from a social network ({@link SocialEmbeds})
     */
    static boolean isFurniture(Element el) {
        return TAGS.contains(el.normalName()) && !isTextFigure(el) && !isQuoteAttribution(el) || isHidden(el)
                || SocialEmbeds.isEmbeddedPost(el) || isNotForSnippets(el);
    }

    /**
     * @return true for an element the publisher marks {@code data-nosnippet}: the text search engines
     *         are told not to quote. On the dev pages that is consent banners, site headers and
     *         footers, comment threads, affiliate notes and an expandable box of code beside the
     *         article; no gold text comes from inside one (0 of about 780 eight-word probes on 26 pages).
     */
    private static boolean isNotForSnippets(Element el) {
        return el.attributesSize() > 0 && el.hasAttr("data-nosnippet");
    }

    /**
     * @return true for the {@code figcaption} of a quotation's figure ({@code <figure><blockquote>...
     *         </blockquote><figcaption>Jane Doe, CEO, Acme</figcaption></figure>}, also with a wrapper
     *         between the figure and the two): the attribution of a quote the article prints, kept with
     *         it, not the caption of a picture
     */
    private static boolean isQuoteAttribution(Element el) {
        if (!el.normalName().equals("figcaption")) {
            return false;
        }
        Element parent = el.parent();
        for (int up = 0; up < 2 && parent != null; up++, parent = parent.parent()) {
            if (parent.normalName().equals("figure")) {
                return holdsQuote(parent);
            }
        }
        return false;
    }

    /** @return true when a figure holds a {@code blockquote} among its children or theirs */
    private static boolean holdsQuote(Element figure) {
        for (Element child = figure.firstElementChild(); child != null; child = child.nextElementSibling()) {
            if (child.normalName().equals("blockquote")) {
                return true;
            }
            for (Element grandchild = child.firstElementChild(); grandchild != null; grandchild = grandchild.nextElementSibling()) {
                if (grandchild.normalName().equals("blockquote")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** @return true when the element's tag is furniture (navigation, header, footer, aside, form, figure, ...) */
    static boolean isFurnitureTag(Element el) {
        return TAGS.contains(el.normalName());
    }

    /**
     * @return true for a figure that holds a table (the block editors' {@code figure.wp-block-table})
     *         or a quotation ({@code <figure><blockquote>...</blockquote><figcaption>}, the markup
     *         for a quote with its attribution), among its children or theirs: text, not an illustration
     */
    private static boolean isTextFigure(Element el) {
        if (!el.normalName().equals("figure")) {
            return false;
        }
        // walked from sibling to sibling: children() copies each list of children
        for (Element child = el.firstElementChild(); child != null; child = child.nextElementSibling()) {
            if (isTextFigurePart(child)) {
                return true;
            }
            for (Element grandchild = child.firstElementChild(); grandchild != null; grandchild = grandchild.nextElementSibling()) {
                if (isTextFigurePart(grandchild)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isTextFigurePart(Element el) {
        String name = el.normalName();
        return name.equals("table") || name.equals("blockquote");
    }

    /**
     * @param el an element
     * @return true when it is hidden ({@code hidden}, {@code aria-hidden=true}, {@code display:none},
     *         a page builder's hiding on every screen), except the hidden chunks of streamed server
     *         rendering, which scripts show
     */
    static boolean isHidden(Element el) {
        if (el.attributesSize() == 0) {
            return false;
        }
        if (el.hasAttr("hidden")) {
            return !STREAMED_CHUNK.matcher(el.id()).matches();
        }
        String style = el.attr("style");
        return el.attr("aria-hidden").equalsIgnoreCase("true") || !style.isEmpty() && DISPLAY_NONE.matcher(style).find()
                || isHiddenOnEveryScreen(el);
    }

    /**
     * A builder's "hide on" switches for every kind of screen, all on (Elementor's
     * {@code elementor-hidden-desktop}, {@code -tablet} and {@code -mobile}; Bootstrap 3's
     * {@code hidden-xs} to {@code hidden-lg}; WPBakery's {@code vc_hidden-*}): no reader sees the
     * element (a draft section the editor parked on the page). Some of them only is a layout made per
     * screen size, and its text is the article's on the other screens.
     */
    private static boolean isHiddenOnEveryScreen(Element el) {
        String className = el.className();
        if (!className.contains("hidden-")) {
            return false;
        }
        Set<String> names = el.classNames();
        for (List<String> screens : HIDDEN_ON_EVERY_SCREEN) {
            if (names.containsAll(screens)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The elements that hold a page's legal notice: the parent of a copyright line ("© 2024 ...",
     * "All rights reserved") with at most {@value #LEGAL_BLOCKS} blocks, such as the disclaimers
     * printed beside it. An article's own copyright line shares its parent with the paragraphs.
     *
     * @param blocks blocks in reading order
     * @return the parents of short copyright groups
     */
    static Set<Element> legalNotices(List<Blocks.Block> blocks) {
        return legalNotices(blocks, copyrightLines(blocks));
    }

    /**
     * {@link #legalNotices(List)} for a caller that also asks about the copyright lines itself.
     *
     * @param copyright whether each block is a copyright line, from {@link #copyrightLines}
     */
    static Set<Element> legalNotices(List<Blocks.Block> blocks, boolean[] copyright) {
        Set<Element> legal = Collections.newSetFromMap(new IdentityHashMap<>());
        Map<Element, Integer> counts = null;
        for (int i = 0; i < blocks.size(); i++) {
            Element parent = blocks.get(i).owner().parent();
            if (parent != null && copyright[i]) {
                if (counts == null) {
                    counts = new IdentityHashMap<>();
                    for (Blocks.Block c : blocks) {
                        if (c.owner().parent() != null) {
                            counts.merge(c.owner().parent(), 1, Integer::sum);
                        }
                    }
                }
                if (counts.get(parent) <= LEGAL_BLOCKS) {
                    legal.add(parent);
                }
            }
        }
        return legal;
    }

    /**
     * @return whether each block is a copyright line ({@link BoilerplateLines#isCopyright}), asked
     *         once: the verdict is a regular expression's, and the passes over an article's blocks
     *         need it more than once
     */
    static boolean[] copyrightLines(List<Blocks.Block> blocks) {
        boolean[] copyright = new boolean[blocks.size()];
        for (int i = 0; i < copyright.length; i++) {
            copyright[i] = BoilerplateLines.isCopyright(blocks.get(i).text());
        }
        return copyright;
    }

    /**
     * @param el an element
     * @return true when its class or id names boilerplate (not the id of a heading, which is made
     *         from the heading's words to link to it)
     */
    static boolean isBoilerplateName(Element el) {
        if (el.attributesSize() == 0 || isQuoteAttribution(el)) {
            return false; // a quote's attribution, whose class names it a caption ("Quote_caption")
        }
        // a hand-written scan: splitting class names with regular expressions was a hot spot
        String classes = el.className();
        int n = classes.length();
        for (int i = 0; i < n; ) {
            while (i < n && Text.isSpace(classes.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !Text.isSpace(classes.charAt(i))) {
                i++;
            }
            if (i > start && !isTaxonomy(classes, start)
                    && (isBoilerplateName(classes, start, i) || PostSlots.isSlot(classes, start, i))) {
                return true;
            }
        }
        if (Blocks.HEADINGS.contains(el.normalName())) {
            return false; // a heading's id is its anchor, made from its words ("h-why-use-social-shopping")
        }
        String id = el.id();
        return isBoilerplateName(id, 0, id.length()) || PostSlots.isSlot(id, 0, id.length());
    }

    /** @return true when the class name starting at {@code start} is a taxonomy class ({@code tag-social-media}) */
    private static boolean isTaxonomy(String s, int start) {
        for (String prefix : TAXONOMY_BY_INITIAL.candidates(s.charAt(start))) {
            if (s.regionMatches(true, start, prefix, 0, prefix.length())) {
                return true;
            }
        }
        return false;
    }

    /** @return true when the name {@code s[from, to)} has a boilerplate part and no state part */
    private static boolean isBoilerplateName(String s, int from, int to) {
        boolean boilerplate = false;
        for (int i = from; i < to; i++) {
            int start = i;
            while (i < to && !isSeparator(s.charAt(i))) {
                i++;
            }
            if (i == start) {
                continue;
            }
            if (matchesAny(s, start, i, STATES_BY_INITIAL.candidates(s.charAt(start)))) {
                return false;
            }
            boilerplate = boilerplate || matchesAny(s, start, i, WORDS_BY_INITIAL.candidates(s.charAt(start)))
                    || startsWithAny(s, start, i);
        }
        return boilerplate;
    }

    private static boolean isSeparator(char c) {
        return c == '-' || c == '_' || Text.isSpace(c);
    }

    /** @return true when {@code s[from, to)} equals one of the words, ignoring case */
    private static boolean matchesAny(String s, int from, int to, String[] words) {
        for (String w : words) {
            if (w.length() == to - from && s.regionMatches(true, from, w, 0, w.length())) {
                return true;
            }
        }
        return false;
    }

    /** @return true when {@code s[from, to)} starts with one of {@link #PREFIXES}, ignoring case */
    private static boolean startsWithAny(String s, int from, int to) {
        for (String prefix : PREFIXES_BY_INITIAL.candidates(s.charAt(from))) {
            if (prefix.length() <= to - from && s.regionMatches(true, from, prefix, 0, prefix.length())) {
                return true;
            }
        }
        return false;
    }
}
