package org.gazette.parse.html.impl;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds the {@code <button>} that ends a promotional pitch: a heading and a sentence ("Not sure
 * which software to choose? Download our guide") and then a button ("Download now", "Get started",
 * "Listen"), as page builders and component frameworks print a box that opens a form or a player
 * by a script instead of a link. A {@code <button>} gives no text, so the pitch is told by what
 * ends it: the button comes right after the pitch's last block and ends its box, where an
 * accordion's or a tab's button opens what follows it (and a toggle says so with
 * {@code aria-expanded}), and a code block's "Copy" sits beside a {@code pre}.
 */
final class PitchButtons {

    /** A button's words are at most this many. */
    static final int BUTTON_WORDS = 6;
    /** How many levels above a block's element the button may sit, as the last child of each. */
    static final int LEVELS = 2;

    private PitchButtons() {
    }

    /**
     * @param owner the element of a block of text
     * @return the button that follows the block's text as the last element of the owner or of one
     *         of the {@value #LEVELS} elements around it (the pitch's paragraph and the button side by
     *         side in a box); {@code null} when none does
     */
    static Element after(Element owner) {
        Element last = lastChild(owner);
        if (last != null && isButton(last)) {
            return last;
        }
        Element e = owner;
        for (int level = 0; level < LEVELS && e != null; level++, e = e.parent()) {
            Element next = e.nextElementSibling();
            if (next != null) {
                return isButton(next) && lastChild(next.parent()) == next ? next : null;
            }
        }
        return null;
    }

    /** @return the element's last element child when no text follows it; {@code null} otherwise */
    private static Element lastChild(Element el) {
        for (int i = el.childNodeSize() - 1; i >= 0; i--) {
            Node n = el.childNode(i);
            if (n instanceof Element child) {
                return child;
            }
            if (n instanceof TextNode t && !t.isBlank()) {
                return null;
            }
        }
        return null;
    }

    /** @return true for a short {@code <button>} that opens no panel, or a link around one */
    private static boolean isButton(Element el) {
        Element button = el;
        if (el.normalName().equals("a") && el.childrenSize() == 1) {
            button = el.child(0);
        }
        if (!button.normalName().equals("button") || button.hasAttr("aria-expanded") || button.hasAttr("aria-controls")) {
            return false;
        }
        String words = button.text();
        return !words.isBlank() && Text.words(words) <= BUTTON_WORDS && !holdsCode(el.parent());
    }

    private static boolean holdsCode(Element box) {
        return box != null && !box.getElementsByTag("pre").isEmpty();
    }
}
