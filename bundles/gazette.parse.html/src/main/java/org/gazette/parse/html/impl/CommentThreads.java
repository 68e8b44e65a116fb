package org.gazette.parse.html.impl;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jsoup.nodes.Element;

/**
 * Drops a thread of readers' comments that no class or id names: the comment lists that utility
 * CSS (Tailwind: {@code div.relative.bg-gray-200.py-[18px]}) or hashed CSS modules build. Each
 * comment is a box holding a short line first (the commenter's name, not a heading), then the
 * comment's prose, and a reply control at its end: a {@code button}, a {@code role=button}
 * element, or a link that stays on the page ({@code href="#respond"}, {@code ?replytocom=123}).
 * At least two such boxes under one parent whose controls say the same words ("Reply",
 * "Antworten", "Répondre": the words are compared, not known), after the article's prose and
 * followed by at most a quarter as much (a disclaimer below the comments), make a thread when
 * something says readers write there: the form to write one (a {@code textarea}) beside the boxes,
 * a {@code <time>} in every box, or reply links that open that form ({@code replytocom},
 * {@code #respond}). A row of product cards or team bios has buttons too, but under headings, and
 * no form to answer them. The parent's other boxes with the same control go with the thread: a
 * comment too short to be prose ("Lovely news") is found from its neighbours.
 */
final class CommentThreads {

    /** A comment box holds at most this many characters (one comment with its replies). */
    static final int MAX_UNIT_CHARS = 3000;
    /**
     * The first line of a comment box, its commenter's name, with the date when the template prints
     * them on one line ("Maria Lopez March 1, 2025 at 10:00 am"), has at most this many words.
     */
    static final int NAME_WORDS = 10;
    /** A reply control says at most this many words ("Reply", "Jetzt antworten"). */
    static final int CONTROL_WORDS = 3;
    /** Nor more characters than this. */
    static final int CONTROL_CHARS = 24;
    /** A thread has at least this many comments. */
    static final int MIN_UNITS = 2;
    /** After the thread comes at most the article's prose before it divided by this. */
    static final int AFTER_DIVISOR = 4;
    /** How far above a paragraph its comment box may be. */
    private static final int MAX_UP = 4;

    /** What a box is when it is no comment. */
    private static final Unit NONE = new Unit(null, "", false, -1, -1);

    /**
     * One comment box.
     *
     * @param box the element
     * @param control the words of its reply control, lower case
     * @param replyLink true when the control is a link that opens the page's reply form
     * @param first the index of its first block
     * @param last the index of its last block
     */
    private record Unit(Element box, String control, boolean replyLink, int first, int last) {
    }

    private CommentThreads() {
    }

    /**
     * @param blocks the article's blocks in reading order
     * @param dropped which of them are already set aside (changed in place)
     * @param root the element holding the article
     */
    static void drop(List<Blocks.Block> blocks, boolean[] dropped, Element root) {
        Map<Element, Unit> known = new IdentityHashMap<>();
        Map<Element, List<Unit>> byParent = new LinkedHashMap<>();
        for (int i = 0; i < blocks.size(); i++) {
            Blocks.Block b = blocks.get(i);
            if (dropped[i] || b.heading() || !Tally.isProse(b) || i == 0 || !mayFollowName(blocks.get(i - 1))) {
                continue; // a comment's paragraph follows its name (or the date after it); later paragraphs come with the first
            }
            Element e = b.owner();
            for (int up = 0; e != null && e != root && up < MAX_UP; up++, e = e.parent()) {
                Unit u = known.get(e);
                if (u == null) {
                    u = unit(e, blocks, i, root);
                    known.put(e, u);
                    if (u != NONE) {
                        known.put(u.box(), u);
                        byParent.computeIfAbsent(u.box().parent(), k -> new ArrayList<>()).add(u);
                    }
                }
                if (u != NONE) {
                    break;
                }
            }
        }
        for (Map.Entry<Element, List<Unit>> entry : byParent.entrySet()) {
            dropThread(entry.getKey(), entry.getValue(), blocks, dropped);
        }
    }

    /** @return true when the block may be a commenter's name or the date after it: a short line, not a heading */
    private static boolean mayFollowName(Blocks.Block previous) {
        return !previous.heading() && !Tally.isProse(previous);
    }

    /** Drops the boxes under one parent when they make a thread that ends the article. */
    private static void dropThread(Element parent, List<Unit> units, List<Blocks.Block> blocks, boolean[] dropped) {
        Map<String, List<Unit>> byControl = new LinkedHashMap<>();
        for (Unit u : units) {
            byControl.computeIfAbsent(u.box().normalName() + ' ' + u.control(), k -> new ArrayList<>()).add(u);
        }
        for (List<Unit> thread : byControl.values()) {
            if (thread.size() < MIN_UNITS || !endsArticle(thread, blocks, dropped) || !readersWrite(parent, thread)) {
                continue;
            }
            for (Unit u : thread) {
                for (int i = u.first(); i <= u.last(); i++) {
                    dropped[i] = true;
                }
            }
            dropShortComments(parent, thread.get(0), blocks, dropped);
        }
    }

    /**
     * Drops the thread's other boxes: those whose comment is too short to be prose ("I like these
     * subscriptions"), found as the parent's children of the boxes' tag whose reply control says
     * the same words.
     */
    private static void dropShortComments(Element parent, Unit sample, List<Blocks.Block> blocks, boolean[] dropped) {
        int from = sample.first();
        while (from > 0 && Trees.within(blocks.get(from - 1).owner(), parent)) {
            from--;
        }
        Map<Element, Boolean> known = new IdentityHashMap<>();
        for (int i = from; i < blocks.size(); i++) {
            Element child = blocks.get(i).owner();
            while (child != null && child.parent() != parent) {
                child = child.parent();
            }
            if (child == null) {
                return; // past the parent's blocks
            }
            boolean comment = known.computeIfAbsent(child, c -> c.normalName().equals(sample.box().normalName())
                    && !LongText.exceeds(c, MAX_UNIT_CHARS) && sample.control().equals(controlWords(c)));
            dropped[i] |= comment;
        }
    }

    /** @return the words of the box's last reply control in lower case, empty when it has none */
    private static String controlWords(Element box) {
        Element control = lastControl(box);
        return control == null ? "" : Text.normalise(control.text()).toLowerCase(Locale.ROOT);
    }

    /**
     * @return true when the article's prose comes before the thread's first box, and after its last
     *         at most a quarter as much (a disclaimer or a note below the comments, not the article)
     */
    private static boolean endsArticle(List<Unit> thread, List<Blocks.Block> blocks, boolean[] dropped) {
        int start = thread.get(0).first();
        int end = thread.get(thread.size() - 1).last();
        long before = 0;
        long after = 0;
        for (int i = 0; i < blocks.size(); i++) {
            Blocks.Block b = blocks.get(i);
            if (dropped[i] || !Tally.isProse(b) || i >= start && i <= end && inThread(i, thread)) {
                continue;
            }
            if (i < start) {
                before += b.ownChars();
            } else if (i > end) {
                after += b.ownChars();
            }
        }
        return before > 0 && after * AFTER_DIVISOR <= before;
    }

    private static boolean inThread(int i, List<Unit> thread) {
        for (Unit u : thread) {
            if (i >= u.first() && i <= u.last()) {
                return true;
            }
        }
        return false;
    }

    /**
     * @return true when something says readers write there: reply links that open the page's
     *         form, a {@code <time>} in every box, or a {@code textarea} beside the boxes (under
     *         their parent or the element above it)
     */
    private static boolean readersWrite(Element parent, List<Unit> thread) {
        boolean links = true;
        boolean times = true;
        for (Unit u : thread) {
            links &= u.replyLink();
            times &= !u.box().getElementsByTag("time").isEmpty();
        }
        if (links || times) {
            return true;
        }
        Element around = parent.parent() != null ? parent.parent() : parent;
        return !around.getElementsByTag("textarea").isEmpty();
    }

    /**
     * @param box an element above the paragraph at {@code at}
     * @return the comment box it is, or {@link #NONE}
     */
    private static Unit unit(Element box, List<Blocks.Block> blocks, int at, Element root) {
        if (box.parent() == null) {
            return NONE;
        }
        int first = at;
        while (first > 0 && Trees.within(blocks.get(first - 1).owner(), box)) {
            if (Tally.isProse(blocks.get(first - 1))) {
                return NONE; // the box holds text before the paragraph: not the comment that the paragraph opens
            }
            first--;
        }
        Blocks.Block name = blocks.get(first);
        if (first == at || name.heading() || BodyText.words(name.text()) > NAME_WORDS || LongText.exceeds(box, MAX_UNIT_CHARS)) {
            return NONE;
        }
        int last = at;
        while (last + 1 < blocks.size() && Trees.within(blocks.get(last + 1).owner(), box)) {
            last++;
        }
        Element control = lastControl(box);
        if (control == null) {
            return NONE;
        }
        String words = Text.normalise(control.text()).toLowerCase(Locale.ROOT);
        if (words.equalsIgnoreCase(name.text())) {
            return NONE;
        }
        String href = control.normalName().equals("a") ? control.attr("href") : "";
        Element outer = box;
        while (outer.parent() != root && outer.parent().parent() != null && outer.parent().childrenSize() == 1) {
            outer = outer.parent(); // the list item around a comment's card: its siblings are the other comments
        }
        return new Unit(outer, words, href.contains("replytocom") || href.endsWith("#respond"), first, last);
    }

    /** @return the box's last reply control: a button, a {@code role=button} or a link to a place on the page, with a few words */
    private static Element lastControl(Element box) {
        Element found = null;
        Element e = box;
        while (e != null) { // pre-order from sibling to sibling: getAllElements() builds a list per box
            if (isControl(e)) {
                String text = Text.normalise(e.text());
                if (!text.isEmpty() && text.length() <= CONTROL_CHARS && BodyText.words(text) <= CONTROL_WORDS) {
                    found = e;
                }
            }
            Element next = e.firstElementChild();
            while (next == null && e != box) {
                next = e.nextElementSibling();
                e = e.parent();
            }
            e = next;
        }
        return found;
    }

    /** @return true for a button, a {@code role=button} element or a link to a place on the page or to the reply form */
    private static boolean isControl(Element e) {
        String name = e.normalName();
        if (name.equals("button")) {
            return true;
        }
        if (e.attributesSize() == 0) {
            return false;
        }
        if (name.equals("a")) {
            String href = e.attr("href");
            return href.startsWith("#") || href.contains("replytocom");
        }
        return e.attr("role").equals("button");
    }
}
