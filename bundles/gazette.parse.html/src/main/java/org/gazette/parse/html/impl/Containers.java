package org.gazette.parse.html.impl;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * Chooses the element that holds an article's text, from the text left once furniture and
 * boilerplate are set aside. Candidates, in order of trust: {@code [itemprop=articleBody]},
 * {@code article}, {@code [role=main]}, {@code main}, then CMS content classes
 * ({@code .entry-content}, {@code .post-content}, {@code .article-body}, ...). Among several matches
 * of one kind the one with the most text wins; a kind whose best match holds less than 30% of the
 * page's text (a teaser card) is passed over. Without any, the element whose prose sits closest to
 * it (readability-style: full weight for the element around a paragraph, half for the one above,
 * a third above that; the disclaimers beside a copyright line do not count), widened to an ancestor holding half as much prose again with more prose
 * than clutter gained ({@link Tally.Counts#score()}): the sibling widgets of a page builder, the
 * items of a list article. Else the body itself.
 */
final class Containers {
    private static final Evaluator ARTICLE = Selector.evaluatorOf("article");

    private static final String[] KINDS = {"[itemprop=articleBody]", "article", "[role=main]", "main", "class"};
    private static final Set<String> CONTENT_CLASSES = Set.of("entry-content", "post-content", "article-body",
            "article-content", "article__body", "story-body", "post-body", "story-content", "c-article-body",
            "field-name-body");
    /** Every one of {@link #CONTENT_CLASSES} contains one of these. */
    private static final AsciiWords CONTENT_WORDS = new AsciiWords("body", "content");
    private static final Set<String> CONTENT_IDS = Set.of("article-body", "story-body");
    /** Elements that are a paragraph themselves, never the container of one. */
    private static final Set<String> NOT_CONTAINERS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "a",
            "span");

    /** An ancestor of the densest element is the article when it holds this many times its prose. */
    static final double WIDEN_FACTOR = 1.5;

    /** A candidate holding less than this share of the page's text is a teaser, not the article. */
    static final int MIN_SHARE_PERCENT = 30;

    /**
     * @param element the chosen element
     * @param description what it was chosen as, for provenance
     */
    record Choice(Element element, String description) {

        /**
         * @return true when the element was chosen as one that holds a whole article by its markup
         *         ({@code article}, {@code main}, {@code [role=main]}): its headline and opening too,
         *         not only the body as {@code [itemprop=articleBody]}, a CMS's body field or the
         *         densest element do
         */
        boolean wholeArticle() {
            return description.equals(KINDS[1]) || description.equals(KINDS[2]) || description.equals(KINDS[3]);
        }
    }

    private Containers() {
    }

    /**
     * @param body the page's body
     * @param tally the text counts of the blocks that are not boilerplate
     * @return the element holding the article's text
     */
    static Choice choose(Element body, List<Blocks.Block> blocks, Tally tally) {
        Element[] best = new Element[KINDS.length];
        int[] bestChars = new int[KINDS.length];
        for (Element el : tally.elements()) {
            Tally.Counts c = tally.of(el);
            int kind = kind(el);
            if (kind >= 0 && (c.chars > bestChars[kind] || c.chars == bestChars[kind] && best[kind] != null
                    && Trees.within(best[kind], el))) {
                best[kind] = el;
                bestChars[kind] = c.chars;
            }
        }
        int pageChars = tally.total().chars;
        for (int k = 0; k < KINDS.length; k++) {
            if (best[k] != null && bestChars[k] > 0 && bestChars[k] * 100L >= pageChars * (long) MIN_SHARE_PERCENT) {
                return new Choice(best[k], k == KINDS.length - 1 ? describe(best[k]) : KINDS[k]);
            }
        }
        Element top = widen(densest(blocks), tally);
        return top == null ? new Choice(body, "densest:body") : new Choice(top, "densest:" + describe(top));
    }

    /**
     * The element whose prose sits closest to it: each prose block counts fully for the element
     * around it, half for the next one up and a third for the one above that.
     */
    private static Element densest(List<Blocks.Block> blocks) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        Set<Element> legal = Boilerplate.legalNotices(blocks);
        Element top = null;
        double topScore = 0;
        for (Blocks.Block b : blocks) {
            if (!Tally.isProse(b) || legal.contains(b.owner().parent())) {
                continue; // a disclaimer beside the copyright line is the page's legal footer
            }
            Element e = NOT_CONTAINERS.contains(b.owner().normalName()) ? b.owner().parent() : b.owner();
            for (int level = 1; level <= 3 && e != null; level++, e = e.parent()) {
                double score = scores.merge(e, (double) b.ownChars() / level, Double::sum);
                if (score > topScore) {
                    top = e;
                    topScore = score;
                }
            }
        }
        return top;
    }

    /**
     * Widens the densest element to an ancestor that holds at least twice its prose and gains more
     * prose than clutter: the article of a page builder, split across sibling widgets, or a list
     * whose items are each an {@code article}.
     */
    private static Element widen(Element top, Tally tally) {
        Element best = top;
        boolean inArticle = top != null && top.closest(ARTICLE) != null;
        for (Element up = top == null ? null : top.parent(); up != null; up = up.parent()) {
            Tally.Counts c = tally.of(up);
            Tally.Counts b = tally.of(best);
            if (c.prose >= WIDEN_FACTOR * b.prose && c.score() > b.score()) {
                if (!inArticle && !up.getElementsByTag("article").isEmpty()) {
                    break; // the gain is a grid of other posts beside the article
                }
                best = up;
            }
        }
        return best;
    }

    /** @return the index of the candidate kind an element matches, or -1 */
    private static int kind(Element el) {
        if (el.attributesSize() > 0 && el.attr("itemprop").equalsIgnoreCase("articleBody")) {
            return 0;
        }
        String name = el.normalName();
        if (name.equals("article")) {
            return 1;
        }
        if (el.attributesSize() == 0) {
            return name.equals("main") ? 3 : -1;
        }
        if (el.attr("role").equalsIgnoreCase("main")) {
            return 2;
        }
        if (name.equals("main")) {
            return 3;
        }
        if (CONTENT_WORDS.occurIn(el.className())) { // spares splitting every class of the page
            for (String c : el.classNames()) {
                if (CONTENT_CLASSES.contains(c)) {
                    return 4;
                }
            }
        }
        return CONTENT_IDS.contains(el.id()) ? 4 : -1;
    }

    private static String describe(Element el) {
        String name = el.normalName();
        if (!el.id().isEmpty()) {
            return name + "#" + el.id();
        }
        return el.classNames().isEmpty() ? name : name + "." + el.classNames().iterator().next();
    }
}
