package org.gazette.parse.html.impl;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * Tells that an element's text is too long for a use without building it: counts the characters
 * of its text nodes that {@link Element#text()} keeps and whitespace collapsing and trimming keep
 * too, and stops as soon as there are enough. {@code text()} of a large element builds a large
 * string only to have it rejected for its length.
 */
final class LongText {

    private LongText() {
    }

    /**
     * @param el an element
     * @param max a length
     * @return true when {@code el.text()}, whitespace collapsed and trimmed, surely has more than
     *         {@code max} characters; false when it may not
     */
    static boolean exceeds(Element el, int max) {
        int[] kept = {0};
        el.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    String s = t.getWholeText();
                    for (int i = 0; i < s.length() && kept[0] <= max; i++) {
                        kept[0] += isKept(s.charAt(i)) ? 1 : 0;
                    }
                }
                return kept[0] > max ? FilterResult.STOP : FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        });
        return kept[0] > max;
    }

    /**
     * @return true for a character that neither {@code text()} (which drops soft hyphens and
     *         zero-width spaces) nor collapsing whitespace ({@link Text#isSpace}) nor trimming
     *         (control characters) removes
     */
    private static boolean isKept(char c) {
        return c > ' ' && c != '\u00AD' && !Text.isSpace(c);
    }
}
