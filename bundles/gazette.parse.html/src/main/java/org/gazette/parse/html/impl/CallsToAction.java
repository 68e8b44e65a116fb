package org.gazette.parse.html.impl;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Element;

/**
 * Finds the promotional boxes a page builder puts among or after an article's paragraphs: a short
 * box of its own holding a pitch (a heading, a sentence) and a link styled as a button ("Book a
 * demo", "Try it free"), whatever the language. The button's styling ({@code class="btn"}, {@code cta},
 * {@code wp-block-button__link}, {@code role=button}) is the cue, not its words. A box that is
 * one of a row, itself or an element around it standing beside a sibling with the same tag and first
 * class (no more than a card: not the row of the article's own paragraphs), or one of a list of
 * such boxes whose buttons lead to different pages (product or course cards, which the article
 * lists), stays; the same pitch printed again further down does not make
 * a list, nor do the sections of a page builder, which all share one class. A box that holds the article's
 * {@code h1} is the article's header band (the headline, a standfirst, a "Download" or "Listen"
 * button), not a pitch. A button with no such box around it, in a flat row of widgets, is left to
 * {@link RuledSections}. Wherever the box goes, the button's own words are no part of the text:
 * a card that stays keeps its name and summary but not its "Check price", "Book now" or "Go to
 * the course", and a button beside a card too long to be a box (a place with a long description
 * and its "Directions") goes alone; the development set's gold leaves such words out on nearly
 * every page, whether the button leads to another site or to the page's own. A box that a
 * {@code <button>} element ends ({@link PitchButtons}: a script opens the form or the player) goes
 * the same way, under the same limits.
 */
final class CallsToAction {

    /** A promotional box holds fewer characters than this outside links. */
    static final int BOX_CHARS = 450;
    /** A button's words are at most this many. */
    static final int BUTTON_WORDS = 6;

    /** A box holds at most the article's text divided by this (a short page may be a pitch itself). */
    static final int MIN_SHARE_DIVISOR = 4;
    /** How many other cards apart from each other make a list of them (a pitch is printed once or twice, rarely thrice). */
    static final int LIST_CARDS = 3;
    /** How many elements above a box may be the card that repeats (a grid's column, a product's section). */
    static final int CARD_LEVELS = 2;
    /**
     * Where a {@code <button>} leads, as {@link #repeated} compares targets: nowhere a link names (a
     * script opens the form or the player), so every other card's button leads elsewhere.
     */
    private static final String NO_TARGET = "";

    private CallsToAction() {
    }

    /**
     * @param blocks the article's blocks in reading order
     * @param dropped which of them are already set aside (changed in place)
     * @param root the element holding the article
     */
    static void drop(List<Blocks.Block> blocks, boolean[] dropped, Element root) {
        Tally tally = null;
        SiblingCards cards = null;
        List<Element> headlines = null;
        for (int i = 0; i < blocks.size(); i++) {
            Blocks.Block b = blocks.get(i);
            Element link = buttonLink(b);
            if (link == null) { // a button among the blocks, though the loose-text rule may have set its words aside
                continue;
            }
            dropped[i] = true; // a button's words, whether its box goes or stays
            if (tally == null) {
                tally = new Tally(blocks, root);
                cards = new SiblingCards(tally, limit(tally));
            }
            if (headlines == null) {
                headlines = headlines(blocks);
            }
            Element box = box(b, root, tally);
            if (box == null) {
                RuledSections.drop(blocks, dropped, i, root, tally, limit(tally)); // a button in a flat row of widgets
                continue;
            }
            dropBox(box, i, blocks, dropped, target(link), root, tally, cards, headlines);
        }
        for (int i = 0; i < blocks.size(); i++) { // the pitches that a <button> ends: it gives no block of its own
            if (dropped[i]) {
                continue;
            }
            Element button = PitchButtons.after(blocks.get(i).owner());
            if (button == null) {
                continue;
            }
            if (tally == null) {
                tally = new Tally(blocks, root);
                cards = new SiblingCards(tally, limit(tally));
            }
            if (headlines == null) {
                headlines = headlines(blocks);
            }
            Element box = endedBy(button, i, blocks, root, tally);
            if (box != null) {
                dropBox(box, i, blocks, dropped, NO_TARGET, root, tally, cards, headlines);
            }
        }
    }

    /**
     * Sets aside the blocks of a button's box, unless it is one of a row or list of cards or the
     * article's header band (its headline and standfirst stay).
     *
     * @param i the index of a block inside the box: the box's blocks stand together in reading order around it
     * @param target where the box's button leads
     */
    private static void dropBox(Element box, int i, List<Blocks.Block> blocks, boolean[] dropped, String target, Element root,
            Tally tally, SiblingCards cards, List<Element> headlines) {
        if (repeated(box, root, target, tally, cards) || holdsAny(box, headlines)) {
            return;
        }
        for (int j = i; j >= 0 && Trees.within(blocks.get(j).owner(), box); j--) {
            dropped[j] = true;
        }
        for (int j = i + 1; j < blocks.size() && Trees.within(blocks.get(j).owner(), box); j++) {
            dropped[j] = true;
        }
    }

    /**
     * @return the largest element around a button that ends the text of block {@code last}, below
     *         the root, holding little text and none after the button; {@code null} when there is none
     */
    private static Element endedBy(Element button, int last, List<Blocks.Block> blocks, Element root, Tally tally) {
        int limit = limit(tally);
        Element box = null;
        Blocks.Block next = last + 1 < blocks.size() ? blocks.get(last + 1) : null;
        for (Element e = button.parent(); e != null && e != root && tally.of(e).chars < limit
                && (next == null || !Trees.within(next.owner(), e)); e = e.parent()) {
            if (Trees.within(blocks.get(last).owner(), e)) {
                box = e;
            }
        }
        return box;
    }

    /** @return the link of a short block that is a link styled as a button as a whole, else {@code null} */
    private static Element buttonLink(Blocks.Block b) {
        if (b.linkChars() < b.text().length() * LinkLines.LINK_BLOCK_SHARE || Text.words(b.text()) > BUTTON_WORDS) {
            return null;
        }
        for (Element child : b.owner().children()) { // the link or its wrapper: no walk of a large owner's subtree
            if (isButtonLink(child)) {
                return child;
            }
            for (Element grandchild : child.children()) {
                if (isButtonLink(grandchild) || grandchild.normalName().equals("a") && isButtonStyled(child)) {
                    return grandchild;
                }
            }
        }
        return null;
    }

    private static boolean isButtonLink(Element el) {
        return el.normalName().equals("a") && isButtonStyled(el);
    }

    static boolean isButtonStyled(Element el) {
        return el.attr("role").equalsIgnoreCase("button") || NameParts.has(el.className(), "btn") || NameParts.has(el.className(), "button")
                || NameParts.has(el.className(), "cta");
    }

    /** @return where a link leads, without its query and fragment (tracking parameters differ from copy to copy) */
    static String target(Element link) {
        String href = link.attr("href");
        int end = href.length();
        for (int i = 0; i < end; i++) {
            char c = href.charAt(i);
            if (c == '?' || c == '#') {
                end = i;
            }
        }
        return href.substring(0, end).trim();
    }

    /**
     * @return the largest element around the button, below the root, that holds little text (and
     *         little of the article's) and more than the button; {@code null} when there is none
     */
    private static Element box(Blocks.Block button, Element root, Tally tally) {
        Element owner = button.owner();
        int limit = limit(tally);
        Element box = null;
        for (Element e = owner; e != null && e != root && tally.of(e).chars < limit; e = e.parent()) {
            if (tally.of(e).chars > button.ownChars()) {
                box = e;
            }
        }
        return box;
    }

    /** @return the {@code h1} elements that own a block: the article's headline, which no pitch holds */
    private static List<Element> headlines(List<Blocks.Block> blocks) {
        List<Element> headlines = new ArrayList<>(1);
        for (Blocks.Block b : blocks) {
            if (b.heading() && b.owner().normalName().equals("h1")) {
                headlines.add(b.owner());
            }
        }
        return headlines;
    }

    private static boolean holdsAny(Element box, List<Element> elements) {
        for (Element e : elements) {
            if (Trees.within(e, box)) {
                return true;
            }
        }
        return false;
    }

    /** @return how many characters outside links a box holds at most, below {@value #BOX_CHARS} and a share of the article */
    private static int limit(Tally tally) {
        return Math.min(BOX_CHARS, tally.total().chars / MIN_SHARE_DIVISOR + 1);
    }

    /**
     * @return true when the box, or one of the {@value #CARD_LEVELS} elements around it below the
     *         root, is one of a row or a list of cards: a neighbour has its tag and first class (a
     *         row of product or course cards), or at least {@value #LIST_CARDS} siblings elsewhere
     *         do that are small and hold a button of their own leading elsewhere than this one's (a
     *         list of products, each with its shop link). A page builder gives all its sections one
     *         class, and a pitch printed twice or thrice between the paragraphs is no list
     */
    private static boolean repeated(Element box, Element root, String target, Tally tally, SiblingCards cards) {
        Element e = box;
        for (int level = 0; level <= CARD_LEVELS && e != null && e != root && e.parent() != null; level++, e = e.parent()) {
            if (hasTwin(e, target, tally, cards)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasTwin(Element el, String target, Tally tally, SiblingCards cards) {
        return isTwinCard(el.previousElementSibling(), el, tally) || isTwinCard(el.nextElementSibling(), el, tally)
                || cards.others(el, target) >= LIST_CARDS;
    }

    /** @return true when a neighbour of the element has its tag and first class and may be a card */
    private static boolean isTwinCard(Element neighbour, Element el, Tally tally) {
        return neighbour != null && neighbour.normalName().equals(el.normalName())
                && firstClass(neighbour).equals(firstClass(el)) && isCard(neighbour, tally);
    }

    /**
     * @return true when a neighbour may be a card beside the box: it holds less than half the
     *         article's text. A page builder's row that holds the article's paragraphs shares its tag
     *         and class with the promotion's row under it, which is no card of a row of them
     */
    private static boolean isCard(Element sibling, Tally tally) {
        return tally.of(sibling).chars * 2 < tally.total().chars;
    }

    static String firstClass(Element el) {
        String classes = el.className().trim();
        int space = classes.indexOf(' ');
        return space < 0 ? classes : classes.substring(0, space);
    }
}
