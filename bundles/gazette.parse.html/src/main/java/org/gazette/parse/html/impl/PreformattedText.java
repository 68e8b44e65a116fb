package org.gazette.parse.html.impl;

import org.jsoup.nodes.Element;

/**
 * What {@link Blocks} does with the text of a {@code <pre>}, apart from reading it: the block it gives
 * keeps the code's lines and their indentation, without the indentation the markup adds around the
 * code and without blank lines (the article's text separates paragraphs by them), and without the
 * "Run" or "Copy" link a page lays over the code.
 */
final class PreformattedText {

    private PreformattedText() {
    }

    /**
     * @param text preformatted text as read, with at least one character that is not whitespace
     * @return its non-blank lines, without the indentation they all share and without trailing spaces;
     *         trimmed as any block's when its first line is indented beyond another line
     */
    static String dedented(CharSequence text) {
        String[] lines = text.toString().split("\n", -1);
        int indent = Integer.MAX_VALUE;
        for (String line : lines) {
            if (!line.isBlank()) {
                indent = Math.min(indent, line.length() - line.stripLeading().length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            if (!line.isBlank()) {
                out.append(out.length() > 0 ? "\n" : "").append(line.substring(indent).stripTrailing());
            }
        }
        return out.length() > 0 && out.charAt(0) == ' ' ? out.toString().strip() : out.toString();
    }

    /**
     * @param link a link inside the {@code <pre>}
     * @param pre the {@code <pre>}
     * @return true for a link the {@code <pre>} holds beside its {@code <code>}, not inside it: a
     *         playground's "Run" or a "Copy" button laid over the code ({@code <pre><a class="run"
     *         href="…">Run</a><code>fn main() …</code></pre>})
     */
    static boolean isToolbarLink(Element link, Element pre) {
        if (link.parent() != pre) {
            return false;
        }
        for (Element child : pre.children()) {
            if (child.normalName().equals("code")) {
                return true;
            }
        }
        return false;
    }
}
