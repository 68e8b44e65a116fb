package org.gazette.parse.html.impl;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * Cuts a page into text blocks in one pass, the way a browser lays text out: every block-level
 * element ({@code p}, {@code div}, {@code li}, {@code td}, headings, ...) and every {@code <br>}
 * ends a block, so a paragraph in a {@code p}, a line of {@code <br>}-separated text in a
 * {@code div} and the words of a list item before its nested list each become one block. Scripts,
 * styles, embeds and form controls give no text; inline elements hidden from readers are skipped.
 */
final class Blocks {

    /**
     * One run of text.
     *
     * @param text the text, whitespace normalised, never empty
     * @param owner the innermost block-level element around it
     * @param linkChars how many of its characters sit inside links
     * @param heading true when it is (inside) a heading {@code h1}–{@code h6}
     * @param loose true when no paragraph-like element ({@code p}, {@code li}, a heading, a table
     *        cell, ...) holds it: loose text in a {@code div} or {@code span}
     */
    record Block(String text, Element owner, int linkChars, boolean heading, boolean loose) {

        /** @return the characters that are not link text */
        int ownChars() {
            return Math.max(0, text.length() - linkChars);
        }
    }

    /** Elements that never give body text. */
    static final Set<String> SKIP = Set.of("script", "style", "noscript", "template", "svg", "math", "canvas",
            "video", "audio", "object", "embed", "iframe", "select", "option", "textarea", "input", "button", "head",
            "map", "picture", "img", "source", "track", "link", "meta");
    /** Elements that start and end a block of text. */
    static final Set<String> BREAKS = Set.of("address", "article", "aside", "blockquote", "body", "center", "dd",
            "details", "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2",
            "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "menu", "nav", "ol", "p", "pre",
            "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "caption", "ul", "legend");
    /** Block-level elements that hold a paragraph, not a layout. */
    static final Set<String> PARAGRAPHS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote",
            "pre", "td", "th", "dt", "dd", "figcaption", "caption", "summary", "address", "legend");
    static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

    private static final int SKIPPED = 1;
    private static final int BREAK = 2;
    private static final int PARAGRAPH = 4;
    private static final int HEADING = 8;
    private static final int LINK = 16;
    private static final int LINE_BREAK = 32;
    private static final int CODE = 64;
    private static final int SCRIPT_POSITION = 128;
    /**
     * What each tag name is to the collector, as bits ({@link #SKIPPED}, {@link #BREAK}, ...) of the
     * sets above: one lookup per element instead of a test of each set (a hot spot: it runs at
     * every element of the page).
     */
    private static final Map<String, Integer> KINDS = kinds();

    private Blocks() {
    }

    private static Map<String, Integer> kinds() {
        Map<String, Integer> kinds = new HashMap<>();
        SKIP.forEach(name -> kinds.merge(name, SKIPPED, (a, b) -> a | b));
        BREAKS.forEach(name -> kinds.merge(name, BREAK, (a, b) -> a | b));
        PARAGRAPHS.forEach(name -> kinds.merge(name, PARAGRAPH, (a, b) -> a | b));
        HEADINGS.forEach(name -> kinds.merge(name, HEADING, (a, b) -> a | b));
        kinds.merge("a", LINK, (a, b) -> a | b);
        kinds.merge("br", LINE_BREAK, (a, b) -> a | b);
        for (String code : new String[] {"pre", "code", "kbd", "samp"}) {
            kinds.merge(code, CODE, (a, b) -> a | b);
        }
        kinds.merge("sup", SCRIPT_POSITION, (a, b) -> a | b);
        kinds.merge("sub", SCRIPT_POSITION, (a, b) -> a | b);
        return Map.copyOf(kinds);
    }

    /**
     * @param root where to start; its own tag is not checked
     * @return the blocks in reading order
     */
    static List<Block> collect(Element root) {
        Collector collector = new Collector(root);
        root.filter(collector);
        collector.flush();
        return collector.blocks;
    }

    private static final class Collector implements NodeFilter {
        final List<Block> blocks = new ArrayList<>();
        private final Deque<Element> open = new ArrayDeque<>();
        /** The inline elements styled as blocks ({@link LayoutBreaks#styledAsBlock}) around the current node. */
        private final Deque<Element> styledOpen = new ArrayDeque<>();
        /** The text since the last block ended, its whitespace already collapsed as {@link Text#normalise} does. */
        private final StringBuilder run = new StringBuilder();
        /** True while the run ends with the space that stands for a run of whitespace. */
        private boolean runEndsInSpace;
        /** False while the run is only whitespace (the indentation between tags): then it makes no block. */
        private boolean runHasText;
        private int runLinks;
        private int inLink;
        private int inParagraph;
        private int inHeading;
        /** Inside {@code pre}, {@code code}, {@code kbd}, {@code samp}: no spaces are added there. */
        private int inCode;
        /**
         * The outermost {@code <pre>} open, or {@code null}: inside it the text keeps its line breaks and
         * indentation ({@link #appendPreformatted}, {@link PreformattedText}), and a {@code <br>}, a line's element a highlighter
         * wraps ({@code <div class="line">}, a {@code <span>} styled as a block) or any other block
         * element inside starts a new line of the same block instead of a new block.
         */
        private Element pre;
        /** The inline element that ended last, while nothing followed it in the run; else {@code null} ({@link #sideBySide}). */
        private Element justEnded;
        /** The run's length when {@link #justEnded} ended. */
        private int justEndedAt;

        Collector(Element root) {
            open.push(root);
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) {
                String s = t.getWholeText();
                if (pre != null) {
                    appendPreformatted(s, inLink > 0);
                    return FilterResult.CONTINUE;
                }
                if (justEnded != null && runHasText && run.length() == justEndedAt && !runEndsInSpace && inCode == 0
                        && !s.isEmpty() && LayoutBreaks.sentenceEnds(run, s.charAt(0)) && t.previousSibling() == justEnded) {
                    append(" "); // "<strong>Compatibility:</strong>Most ...": a sentence ends at the element
                }
                append(s);
                if (inLink > 0) {
                    runLinks += Text.normalisedLength(s);
                }
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element el) || depth == 0) {
                return FilterResult.CONTINUE;
            }
            int kind = KINDS.getOrDefault(el.normalName(), 0);
            if ((kind & SKIPPED) != 0 && !AccordionToggles.isToggle(el)
                    || (kind & BREAK) == 0 && (Boilerplate.isHidden(el) || IconGlyphs.isLigatureIcon(el))) {
                // inline elements hidden from readers, and the words an icon font draws as pictures
                if (runHasText && (kind & SKIPPED) != 0 && LayoutBreaks.standsAlone(el)) {
                    flush(); // an image on a line of its own ends the text before it
                }
                return FilterResult.SKIP_ENTIRELY;
            }
            if (pre != null && (kind & LINK) != 0 && PreformattedText.isToolbarLink(el, pre)) {
                return FilterResult.SKIP_ENTIRELY; // "Run" or "Copy" beside the code, not a line of it
            }
            if (pre != null && ((kind & (BREAK | LINE_BREAK)) != 0 || LayoutBreaks.styledAsBlock(el))) {
                newLine(); // a line of the code, not a block of its own
            } else if ((kind & LINE_BREAK) != 0) {
                flush();
            } else if ((kind & BREAK) != 0) {
                if (el.normalName().equals("pre")) {
                    flush();
                    pre = el;
                    open.push(el);
                    count(kind, 1);
                    return FilterResult.CONTINUE;
                }
                flush();
                open.push(el);
            } else if (LayoutBreaks.styledAsBlock(el)) {
                styledOpen.push(el);
                if (runHasText) {
                    styledBreak();
                }
            } else if (justEnded != null && runHasText && run.length() == justEndedAt && !runEndsInSpace && inCode == 0
                    && el.previousSibling() == justEnded && sideBySide(el, kind)) {
                append(" ");
            } else if (runHasText && !runEndsInSpace && inCode == 0 && (kind & (CODE | SCRIPT_POSITION)) == 0
                    && LayoutBreaks.endsSentence(run) && LayoutBreaks.sentenceEnds(run, LayoutBreaks.firstChar(el))) {
                append(" "); // "legal entity.<strong>How Do I Form ...</strong>"
            }
            count(kind, 1);
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element el && depth > 0) {
                int kind = KINDS.getOrDefault(el.normalName(), 0);
                if (pre != null && el != pre) {
                    if ((kind & BREAK) != 0 || LayoutBreaks.styledAsBlock(el)) {
                        newLine();
                    }
                    count(kind, -1);
                    return FilterResult.CONTINUE;
                }
                if (el == pre) {
                    flush();
                    open.pop();
                    pre = null;
                } else if ((kind & BREAK) != 0) {
                    flush();
                    open.pop();
                } else if (styledOpen.peek() == el) {
                    styledOpen.pop();
                    if (runHasText) {
                        styledBreak();
                    }
                }
                if ((kind & (BREAK | LINE_BREAK)) == 0) {
                    justEnded = el;
                    justEndedAt = run.length();
                }
                count(kind, -1);
            }
            return FilterResult.CONTINUE;
        }

        /**
         * Where an inline element styled as a block ({@link LayoutBreaks#styledAsBlock}) starts or
         * ends a line: a new block, but in a heading only a space, since a heading's lines are one
         * heading ({@code <h1>Headline<span class="block">Subtitle</span></h1>}), compared whole
         * with the title.
         */
        private void styledBreak() {
            if (inHeading > 0) {
                append(" ");
            } else {
                flush();
            }
        }

        /**
         * Whether an inline element that starts right where its previous sibling ended, with not
         * even whitespace between, prints a word of its own: a browser glues the two texts, but the
         * page sets them apart by a margin or a button's frame, as the markup tells by
         * links to two places ({@code <a>$325 on Amazon</a><a>Check Price - Walmart</a>}, {@link
         * LayoutBreaks#wordsApart}), or by a capital after a lower-case letter, a digit or a closing
         * mark in elements of their own ({@code <a>Gaz Williams</a><em>Shipwreck</em><span>Rack</span>},
         * {@link LayoutBreaks#wordsApartStrictly}; not a superscript, a footnote's number, nor in
         * code, where a highlighter spans each token).
         */
        private boolean sideBySide(Element el, int kind) {
            if (LayoutBreaks.firstChar(justEnded) == ' ') {
                return false; // an empty element (an icon's box): the text before it is no element's own
            }
            char last = run.charAt(run.length() - 1);
            if ((kind & LINK) != 0 && justEnded.normalName().equals("a")) {
                return !el.attr("href").equals(justEnded.attr("href")) && LayoutBreaks.wordsApart(last, LayoutBreaks.firstChar(el));
            }
            return (kind & SCRIPT_POSITION) == 0 && !justEnded.normalName().equals("sup") && !justEnded.normalName().equals("sub")
                    && LayoutBreaks.wordsApartStrictly(last, LayoutBreaks.firstChar(el));
        }

        private void count(int kind, int step) {
            if ((kind & CODE) != 0) {
                inCode += step;
            }
            if ((kind & LINK) != 0) {
                inLink += step;
            } else if ((kind & PARAGRAPH) != 0) {
                inParagraph += step;
                if ((kind & HEADING) != 0) {
                    inHeading += step;
                }
            }
        }

        /**
         * Appends preformatted text as it is printed: its line breaks ({@code \r\n} and {@code \r} as
         * {@code \n}), its indentation and its spaces; other whitespace (a tab, a no-break space) is one space.
         */
        private void appendPreformatted(String s, boolean linked) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '\r') {
                    c = '\n';
                    if (i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                        i++;
                    }
                } else if (c != '\n' && c != ' ' && Text.isSpace(c)) {
                    c = ' ';
                }
                if (c == '\n' && !runHasText) {
                    continue; // the line break after <pre>, which browsers do not print, and empty lines before the code
                }
                run.append(c);
                runEndsInSpace = c == ' ' || c == '\n';
                runHasText |= !runEndsInSpace;
                runLinks += linked && !runEndsInSpace ? 1 : 0;
            }
        }

        /** Ends a line of preformatted text, unless it is empty so far or already ended. */
        private void newLine() {
            if (runHasText && run.charAt(run.length() - 1) != '\n') {
                run.append('\n');
                runEndsInSpace = true;
            }
        }

        /**
         * Appends a text node's text to the run, each run of whitespace ({@link Text#isSpace}, also
         * across nodes) as one space, so that the block needs no second pass to normalise it.
         */
        private void append(String s) {
            int copied = 0; // s before this is in the run
            int n = s.length();
            for (int i = 0; i < n; i++) {
                char c = s.charAt(i);
                if (!Text.isSpace(c)) {
                    continue;
                }
                int end = i + 1;
                while (end < n && Text.isSpace(s.charAt(end))) {
                    end++;
                }
                if (c == ' ' && end == i + 1 && i > copied && end < n) {
                    continue; // one space between two words stays as it is, copied with them
                }
                if (i > copied) {
                    run.append(s, copied, i);
                    runEndsInSpace = false;
                    runHasText = true;
                }
                if (!runEndsInSpace) {
                    run.append(' ');
                    runEndsInSpace = true;
                }
                copied = end;
                i = end - 1;
            }
            if (n > copied) {
                run.append(s, copied, n);
                runEndsInSpace = false;
                runHasText = true;
            }
        }

        void flush() {
            if (run.length() == 0) {
                return;
            }
            String text = !runHasText ? "" : pre != null ? PreformattedText.dedented(run) : trimmed(run);
            if (!text.isEmpty()) {
                blocks.add(new Block(text, open.peek(), Math.min(runLinks, text.length()), inHeading > 0, inParagraph == 0));
            }
            run.setLength(0);
            runEndsInSpace = false;
            runHasText = false;
            runLinks = 0;
            justEnded = null;
        }

        /** @return the text without the characters up to a space at either end, as {@link String#trim} */
        private static String trimmed(StringBuilder text) {
            int start = 0;
            int end = text.length();
            while (start < end && text.charAt(start) <= ' ') {
                start++;
            }
            while (end > start && text.charAt(end - 1) <= ' ') {
                end--;
            }
            return text.substring(start, end);
        }
    }
}
