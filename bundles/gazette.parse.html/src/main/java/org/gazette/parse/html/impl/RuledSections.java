package org.gazette.parse.html.impl;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.jsoup.nodes.Element;

/**
 * Finds a promotion that a page builder set as a section of its own in an article's flat row of
 * widgets: a horizontal rule, an image and a line or two of pitch, a button, and a rule, a heading
 * or the end of the row after it ({@code <div class=separator><hr></div> <div class=image>
 * <div class=text><p>Get the guide</p></div> <div class=button><a class=btn>}). The box around such a
 * button holds only the button, so {@link CallsToAction} cannot find it by its size; the rules
 * that set the widgets apart from the article's text can. Widgets that reach the article's text
 * before a rule are its own.
 */
final class RuledSections {

    private RuledSections() {
    }

    /**
     * @param blocks the article's blocks in reading order
     * @param dropped which of them are already set aside (changed in place)
     * @param button the index of a button's block
     * @param root the element holding the article
     * @param tally the text counts of the blocks
     * @param limit a section holds fewer characters than this outside links
     */
    static void drop(List<Blocks.Block> blocks, boolean[] dropped, int button, Element root, Tally tally, int limit) {
        Element top = blocks.get(button).owner();
        if (top == root) {
            return;
        }
        while (top.parent() != root && tally.of(top.parent()).chars < limit) {
            top = top.parent(); // the button's widget: the largest element around it with little text
        }
        Element next = top.nextElementSibling();
        if (next != null && !isRule(next, tally) && !isHeading(next)) {
            return;
        }
        Set<Element> section = Collections.newSetFromMap(new IdentityHashMap<>());
        section.add(top);
        int chars = tally.of(top).chars;
        for (Element e = top.previousElementSibling(); ; e = e.previousElementSibling()) {
            if (e == null) {
                return; // no rule above: the widgets may be the article's own
            }
            if (isRule(e, tally)) {
                break;
            }
            chars += tally.of(e).chars;
            if (chars >= limit) {
                return;
            }
            section.add(e);
        }
        if (chars <= tally.of(top).chars) {
            return; // the button alone: the loose-line rule has it
        }
        Element parent = top.parent();
        for (int j = button; j >= 0 && inSection(blocks.get(j).owner(), parent, section); j--) {
            dropped[j] = true;
        }
        for (int j = button + 1; j < blocks.size() && Trees.within(blocks.get(j).owner(), top); j++) {
            dropped[j] = true;
        }
    }

    /** @return true when the element is one of the section's widgets or lies inside one */
    private static boolean inSection(Element el, Element parent, Set<Element> section) {
        Element e = el;
        while (e != null && e.parent() != parent) {
            e = e.parent();
        }
        return e != null && section.contains(e);
    }

    /** @return true for a horizontal rule, alone or in a wrapper of one or two levels without text */
    static boolean isRule(Element el, Tally tally) {
        if (el.normalName().equals("hr")) {
            return true;
        }
        if (tally.of(el).chars > 0) {
            return false;
        }
        for (Element child : el.children()) {
            if (child.normalName().equals("hr") || child.childrenSize() == 1 && child.child(0).normalName().equals("hr")) {
                return true;
            }
        }
        return false;
    }

    /**
     * @return true for a heading, or a wrapper that opens with one before any text of its own (a title
     *         widget, or the next section: "Read more" over its links, "Related articles" over its cards)
     */
    private static boolean isHeading(Element el) {
        if (Blocks.HEADINGS.contains(el.normalName())) {
            return true;
        }
        Element first = el.firstElementChild();
        return first != null && el.ownText().isBlank() && isHeading(first);
    }
}
