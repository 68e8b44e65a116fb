package org.gazette.parse.html.impl;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
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

    private Blocks() {
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

    /** Whether an inline element is hidden from readers (blocks are judged later, by their text share). */
    private static boolean hiddenInline(Element el) {
        return !BREAKS.contains(el.normalName()) && Boilerplate.isHidden(el);
    }

    private static final class Collector implements NodeFilter {
        final List<Block> blocks = new ArrayList<>();
        private final Deque<Element> open = new ArrayDeque<>();
        private final StringBuilder run = new StringBuilder();
        /** False while the run is only whitespace (the indentation between tags): then it makes no block. */
        private boolean runHasText;
        private int runLinks;
        private int inLink;
        private int inParagraph;
        private int inHeading;

        Collector(Element root) {
            open.push(root);
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) {
                String s = t.getWholeText();
                run.append(s);
                runHasText = runHasText || !isBlank(s);
                if (inLink > 0) {
                    runLinks += Text.normalise(s).length();
                }
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element el) || depth == 0) {
                return FilterResult.CONTINUE;
            }
            String name = el.normalName();
            if (SKIP.contains(name) && !AccordionToggles.isToggle(el) || hiddenInline(el)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            if (name.equals("br")) {
                flush();
            } else if (BREAKS.contains(name)) {
                flush();
                open.push(el);
            }
            count(name, 1);
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element el && depth > 0) {
                String name = el.normalName();
                if (BREAKS.contains(name)) {
                    flush();
                    open.pop();
                }
                count(name, -1);
            }
            return FilterResult.CONTINUE;
        }

        private void count(String name, int step) {
            if (name.equals("a")) {
                inLink += step;
            } else if (PARAGRAPHS.contains(name)) {
                inParagraph += step;
                if (HEADINGS.contains(name)) {
                    inHeading += step;
                }
            }
        }

        void flush() {
            if (run.length() == 0) {
                return;
            }
            String text = runHasText ? Text.normalise(run.toString()) : "";
            if (!text.isEmpty()) {
                blocks.add(new Block(text, open.peek(), Math.min(runLinks, text.length()), inHeading > 0, inParagraph == 0));
            }
            run.setLength(0);
            runHasText = false;
            runLinks = 0;
        }

        /** @return true when the text is only {@link Text#isSpace} characters, which normalise to nothing */
        private static boolean isBlank(String s) {
            for (int i = 0; i < s.length(); i++) {
                if (!Text.isSpace(s.charAt(i))) {
                    return false;
                }
            }
            return true;
        }
    }
}
