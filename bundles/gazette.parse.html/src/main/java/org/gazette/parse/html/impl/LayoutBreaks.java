package org.gazette.parse.html.impl;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * Where a browser breaks the line though the tag names say nothing of it: an inline element that
 * the page lays out as a block by its class or style. Utility-class templates set a headline's
 * subtitle or a spec's note in a {@code <span class="block">} right after the text
 * ({@code <h1>Best Notion Alternatives<span class="block">Top Note-taking Tools</span></h1>},
 * {@code 15.7 oz.<span class="block">(hammock, stuff sack)</span>}), with no whitespace between:
 * read by tag name alone, the last word of one line and the first of the next are glued into one.
 * Read only from the attribute strings, no pattern: {@link Blocks} asks at every inline element
 * that has attributes.
 */
final class LayoutBreaks {

    /**
     * Utility classes that set {@code display: block}, {@code flex} or {@code grid} (Tailwind
     * {@code block}, {@code flex}, {@code grid}; Bootstrap {@code d-block}, {@code d-flex},
     * {@code d-grid}); not the responsive forms ({@code md:block}), which depend on the screen.
     */
    private static final String[] BLOCK_CLASSES = {"block", "flex", "grid", "d-block", "d-flex", "d-grid"};
    /** Values of {@code display} that start a line ({@code inline-block}, {@code inline-flex} do not). */
    private static final String[] BLOCK_DISPLAYS = {"block", "flex", "grid", "list-item", "table"};

    /** The width (pixels) from which an image stands on a line of its own. */
    static final int STANDALONE_WIDTH = 100;

    private LayoutBreaks() {
    }

    /**
     * @param el an element whose tag is inline ({@code span}, {@code a}, {@code em}, ...)
     * @return true when its class or inline style lays it out as a block, on a line of its own
     */
    static boolean styledAsBlock(Element el) {
        if (el.attributesSize() == 0) {
            return false;
        }
        String classes = el.attr("class");
        if (!classes.isEmpty() && hasBlockClass(classes)) {
            return true;
        }
        String style = el.attr("style");
        return !style.isEmpty() && displaysAsBlock(style);
    }

    /**
     * @param el an element, such as a headline, whose text is wanted on one line
     * @return its text as {@link Element#text} gives it, but with a space where an inline child
     *         styled as a block ({@link #styledAsBlock}) starts or ends a line
     */
    static String text(Element el) {
        boolean styled = false;
        for (Element child : el.getAllElements()) {
            if (child != el && !Blocks.BREAKS.contains(child.normalName()) && styledAsBlock(child)) {
                styled = true;
                break;
            }
        }
        if (!styled) {
            return el.text();
        }
        StringBuilder out = new StringBuilder();
        el.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    out.append(t.getWholeText());
                } else if (node instanceof Element e && depth > 0 && (e.isBlock() || e.nameIs("br") || styledAsBlock(e))) {
                    out.append(' ');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && depth > 0 && (e.isBlock() || styledAsBlock(e))) {
                    out.append(' ');
                }
            }
        });
        return Text.normalise(out.toString());
    }

    /**
     * @param el an element that gives no text ({@link Blocks#SKIP})
     * @return true when it is a picture or an embed that takes a line of its own: a video, a frame,
     *         a {@code <picture>}, or an image offered in several widths ({@code sizes}, or a
     *         {@code srcset} of width descriptors, {@code "a-300.jpg 300w, a-1024.jpg 1024w"}, as
     *         CMSs print every content image) or at least {@value #STANDALONE_WIDTH} pixels wide:
     *         text before and after it are two lines ("Updated: December 9, 2024", the image, "If
     *         you are ..."); a small image (an emoji, an icon, a formula, a retina badge whose
     *         {@code srcset} only gives densities, {@code "star@2x.png 2x"}) sits inside its line
     */
    static boolean standsAlone(Element el) {
        switch (el.normalName()) {
            case "picture", "video", "iframe" -> {
                return true;
            }
            case "img" -> {
                return el.attributesSize() > 0 && (el.hasAttr("sizes") || hasWidthDescriptor(el.attr("srcset"))
                        || hasWidthDescriptor(el.attr("data-srcset")) || leadingNumber(el.attr("width")) >= STANDALONE_WIDTH);
            }
            default -> {
                return false;
            }
        }
    }

    /** @return true when a {@code srcset} names a candidate by its width: a digit, then {@code w} ending the candidate */
    private static boolean hasWidthDescriptor(String srcset) {
        for (int i = srcset.indexOf('w', 1); i > 0; i = srcset.indexOf('w', i + 1)) {
            char before = srcset.charAt(i - 1);
            if (before >= '0' && before <= '9' && (i + 1 == srcset.length() || srcset.charAt(i + 1) == ','
                    || srcset.charAt(i + 1) <= ' ')) {
                return true;
            }
        }
        return false;
    }

    /**
     * @return whether two texts printed side by side read as two words: the second opens with a
     *         letter, a digit, a currency sign or an opening bracket or quote, and not with a
     *         lower-case letter or a digit right after a letter or a digit ("mp" then "4")
     */
    static boolean wordsApart(char last, char next) {
        boolean nextWordy = Character.isLetterOrDigit(next);
        if (!nextWordy) {
            int type = Character.getType(next);
            return type == Character.CURRENCY_SYMBOL || type == Character.START_PUNCTUATION
                    || type == Character.INITIAL_QUOTE_PUNCTUATION;
        }
        return !(Character.isLetterOrDigit(last) && (Character.isLowerCase(next) || Character.isDigit(next)));
    }

    /**
     * @return whether two texts of inline elements side by side read as two words even by the
     *         strict measure: a lower-case letter, a digit or a closing mark before, a capital
     *         after ("Williams" then "Shipwreck"; not "AC" then "TUARIAL", "“" then "The")
     */
    static boolean wordsApartStrictly(char last, char next) {
        if (!Character.isUpperCase(next) && !Character.isTitleCase(next)) {
            return false;
        }
        if (Character.isLowerCase(last) || Character.isDigit(last)) {
            return true;
        }
        int type = Character.getType(last);
        return type == Character.END_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION || ".,;:!?".indexOf(last) >= 0;
    }

    /**
     * A sentence that ends where an inline element starts or ends, the next one opening in it or
     * after it with no space ({@code legal entity.<strong>How Do I Form an LLC?</strong>},
     * {@code <strong>Abstract:</strong>Merging large language models}): the editor's bold run-in
     * heading or label took the space, and a reader sees two sentences; so does a list counter
     * ({@code <span class="counter">01.</span>Which ferry ...}). Not after a capital ("U.S." then
     * "Army"), not before a digit or a lower-case letter.
     *
     * @param run text so far, not ending in a space
     * @param next the first character after an element boundary
     * @return whether the run ends a sentence (a lower-case letter, then {@code . ! ? :}) or a
     *         counter (a digit, then {@code .}) and the next text opens one with a capital
     */
    static boolean sentenceEnds(CharSequence run, char next) {
        return endsSentence(run) && Character.isUpperCase(next);
    }

    /** @return whether the run ends a sentence or a counter, the first half of {@link #sentenceEnds}: ask it first */
    static boolean endsSentence(CharSequence run) {
        int n = run.length();
        if (n < 2) {
            return false;
        }
        char end = run.charAt(n - 1);
        if (end != '.' && end != '!' && end != '?' && end != ':') {
            return false;
        }
        char before = run.charAt(n - 2);
        return Character.isLowerCase(before) || end == '.' && Character.isDigit(before);
    }

    /** @return the first character that is not a space in the element's text, or a space when none */
    static char firstChar(Element el) {
        Node node = el.childNodeSize() == 0 ? null : el.childNode(0);
        while (node != null) {
            if (node instanceof TextNode t) {
                String text = t.getWholeText();
                for (int i = 0; i < text.length(); i++) {
                    if (!Text.isSpace(text.charAt(i))) {
                        return text.charAt(i);
                    }
                }
            }
            if (node.childNodeSize() > 0) {
                node = node.childNode(0);
            } else {
                while (node != null && node != el && node.nextSibling() == null) {
                    node = node.parentNode();
                }
                node = node == null || node == el ? null : node.nextSibling();
            }
        }
        return ' ';
    }

    /** @return the number a dimension attribute starts with ("300", "300px"), 0 when none */
    private static int leadingNumber(String value) {
        int number = 0;
        for (int i = 0; i < value.length() && i < 6; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                break;
            }
            number = number * 10 + (c - '0');
        }
        return number;
    }

    private static boolean hasBlockClass(String classes) {
        int n = classes.length();
        for (int start = 0; start < n; ) {
            while (start < n && classes.charAt(start) <= ' ') {
                start++;
            }
            int end = start;
            while (end < n && classes.charAt(end) > ' ') {
                end++;
            }
            int length = end - start;
            if (length >= 4 && length <= 7) {
                for (String name : BLOCK_CLASSES) {
                    if (name.length() == length && classes.regionMatches(start, name, 0, length)) {
                        return true;
                    }
                }
            }
            start = end;
        }
        return false;
    }

    /** @return true when the style's (last) {@code display} declaration is one of {@link #BLOCK_DISPLAYS} */
    private static boolean displaysAsBlock(String style) {
        boolean block = false;
        for (int at = indexOfDisplay(style, 0); at >= 0; at = indexOfDisplay(style, at + 7)) {
            int i = at + 7;
            while (i < style.length() && (style.charAt(i) == ' ' || style.charAt(i) == ':')) {
                i++;
            }
            if (i == at + 7) {
                continue; // "display-mode" or another property that starts with the word
            }
            block = false;
            for (String value : BLOCK_DISPLAYS) {
                if (style.regionMatches(true, i, value, 0, value.length())) {
                    int after = i + value.length();
                    block = after == style.length() || !Character.isLetterOrDigit(style.charAt(after)) && style.charAt(after) != '-';
                    break;
                }
            }
        }
        return block;
    }

    private static int indexOfDisplay(String style, int from) {
        for (int i = style.indexOf("isplay", from); i >= 0; i = style.indexOf("isplay", i + 1)) {
            if (i > 0 && (style.charAt(i - 1) == 'd' || style.charAt(i - 1) == 'D')
                    && (i == 1 || !Character.isLetterOrDigit(style.charAt(i - 2)) && style.charAt(i - 2) != '-')) {
                return i - 1;
            }
        }
        return -1;
    }
}
