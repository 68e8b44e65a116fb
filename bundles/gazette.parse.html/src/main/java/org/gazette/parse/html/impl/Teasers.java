package org.gazette.parse.html.impl;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * Finds teaser cards inside an article's container: three or more sibling elements of one shape
 * (the same tag and classes), each a linked headline with a little text beside it (a summary, a
 * date, a category), such as a "related stories" grid or a list of recommended posts. The items
 * of a list article are longer, and a plain list of links (one link per item) is left to the
 * link rule of {@link LinkLines}. Cards are set aside only when no prose outside them follows
 * (a row of cards among the paragraphs is more often the article's own directory or gallery) and
 * when their row holds less than a third of the container's text, or when the cards print cut-off
 * excerpts ("... the council met again on Thursday to...") of the stories they link to; then the
 * whole row goes, with the cards whose summary happens to be short enough to print whole. A
 * line whose link leads to a place on the same page is an accordion's question, not a headline:
 * an FAQ's items have the shape of cards but answer the questions the article raises.
 */
final class Teasers {

    /** A card holds less text than this outside links. */
    static final int MAX_CHARS = 300;
    /** A row of cards holds less than the container's text divided by this. */
    static final int ROW_SHARE = 3;
    /** This many siblings of one shape make a row of cards. */
    static final int MIN_CARDS = 3;
    private static final Evaluator LINK = Selector.evaluatorOf("a[href]");
    /** How far above a link block its card may start. */
    private static final int MAX_LEVELS = 6;

    private Teasers() {
    }

    /**
     * @param blocks the container's blocks in reading order
     * @param container the container
     * @return the blocks that are not inside teaser cards
     */
    static List<Blocks.Block> without(List<Blocks.Block> blocks, Element container) {
        if (!hasLinkBlock(blocks)) {
            return blocks; // every card holds a link block: no need to count the container's text
        }
        Tally tally = new Tally(blocks, container);
        Map<Element, Integer> blockCounts = new IdentityHashMap<>();
        for (Blocks.Block b : blocks) {
            for (Element e = b.owner(); e != null && e != container; e = e.parent()) {
                blockCounts.merge(e, 1, Integer::sum);
            }
        }
        Set<Element> excerpts = excerpts(blocks, container);
        Map<Element, Map<String, Integer>> shapes = new IdentityHashMap<>();
        Set<Element> cards = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Blocks.Block b : blocks) {
            if (!isLinkBlock(b)) {
                continue;
            }
            Element e = b.owner();
            for (int level = 0; level < MAX_LEVELS && e != null && e != container; level++, e = e.parent()) {
                if (tally.of(e).chars >= MAX_CHARS) {
                    break;
                }
                Element card = e;
                if (blockCounts.getOrDefault(card, 0) >= 2 && card.parent() != null
                        && (tally.of(card.parent()).chars * ROW_SHARE < tally.total().chars || excerpts.contains(card))
                        && shapes.computeIfAbsent(card.parent(), Teasers::shapes).get(shape(card)) >= MIN_CARDS) {
                    if (!isToggle(b.owner())) {
                        cards.add(card); // not an accordion's question, whose card-like item holds its answer
                    }
                    break;
                }
            }
        }
        if (cards.isEmpty()) {
            return blocks;
        }
        Set<Element> rows = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element card : List.copyOf(cards)) {
            if (excerpts.contains(card) && rows.add(card.parent())) {
                cards.addAll(rowOf(card)); // its row's other cards, though they print a whole summary
            }
        }
        boolean[] inCard = new boolean[blocks.size()];
        int lastProse = -1;
        for (int i = 0; i < blocks.size(); i++) {
            for (Element e = blocks.get(i).owner(); e != null && e != container && !inCard[i]; e = e.parent()) {
                inCard[i] = cards.contains(e);
            }
            if (!inCard[i] && Tally.isProse(blocks.get(i))) {
                lastProse = i;
            }
        }
        List<Blocks.Block> kept = new ArrayList<>(blocks.size());
        for (int i = 0; i < blocks.size(); i++) {
            if (!inCard[i] || i < lastProse) {
                kept.add(blocks.get(i));
            }
        }
        return kept;
    }

    /** @return true for a block that is mostly link text: a card's linked headline */
    private static boolean isLinkBlock(Blocks.Block b) {
        return b.linkChars() * 2 > b.text().length();
    }

    private static boolean hasLinkBlock(List<Blocks.Block> blocks) {
        for (Blocks.Block b : blocks) {
            if (isLinkBlock(b)) {
                return true;
            }
        }
        return false;
    }

    /**
     * @return the elements (below the container) around a cut-off excerpt: a block ending with an
     *         ellipsis, as a card prints the first lines of the story it links to
     */
    private static Set<Element> excerpts(List<Blocks.Block> blocks, Element container) {
        Set<Element> around = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Blocks.Block b : blocks) {
            if (isExcerpt(b.text())) {
                for (Element e = b.owner(); e != null && e != container && around.add(e); e = e.parent()) {
                    // each element once
                }
            }
        }
        return around;
    }

    /** @return true when a text is cut off with an ellipsis ("...", "…", "[…]") after a word */
    static boolean isExcerpt(String text) {
        int end = text.length();
        if (end > 0 && text.charAt(end - 1) == ']') {
            end--;
        }
        int dots = 0;
        while (end > 0 && text.charAt(end - 1) == '.') {
            end--;
            dots++;
        }
        if (dots < 3 && !(dots == 0 && end > 0 && text.charAt(end - 1) == '\u2026')) {
            return false;
        }
        if (dots == 0) {
            end--;
        }
        if (end > 0 && text.charAt(end - 1) == '[') {
            end--;
        }
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        return end > 0 && Character.isLetterOrDigit(text.charAt(end - 1));
    }

    /**
     * @return true when the block's first link leads to a place on the same page ({@code href="#"},
     *         {@code href="#faq-2"}) or runs a script: an accordion's question that opens its answer,
     *         not the headline of a card that leads to another story
     */
    private static boolean isToggle(Element owner) {
        Element link = owner.selectFirst(LINK);
        if (link == null) {
            return false;
        }
        String href = link.attr("href").trim();
        return href.startsWith("#") || href.regionMatches(true, 0, "javascript:", 0, "javascript:".length());
    }

    /** @return the card and its siblings of the same shape */
    private static List<Element> rowOf(Element card) {
        String shape = shape(card);
        List<Element> row = new ArrayList<>();
        for (Element sibling : card.parent().children()) {
            if (shape(sibling).equals(shape)) {
                row.add(sibling);
            }
        }
        return row;
    }

    /** @return how many children of an element have each shape */
    private static Map<String, Integer> shapes(Element parent) {
        Map<String, Integer> counts = new HashMap<>();
        for (Element child : parent.children()) {
            counts.merge(shape(child), 1, Integer::sum);
        }
        return counts;
    }

    /** @return an element's tag and classes */
    private static String shape(Element el) {
        return el.normalName() + "." + el.className();
    }
}
