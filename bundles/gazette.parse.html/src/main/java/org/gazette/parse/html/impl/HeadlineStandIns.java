package org.gazette.parse.html.impl;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * The element that shows the headline on a page without an {@code <h1>}: site builders set it in a
 * styled {@code <p>} or {@code <div>} ({@code <p class="framer-text">Top 5 ...</p>}), with the byline
 * and the date right after it, where they are looked for after an {@code <h1>}. It is the first
 * text that is the whole headline, outside navigation (a breadcrumb's last step) and links (a card
 * or a breadcrumb that points to the page).
 */
final class HeadlineStandIns {
    /** A headline shorter than this (a word or two) may be any label. */
    private static final int MIN_LENGTH = 12;

    private HeadlineStandIns() {
    }

    /**
     * @param body the page's body
     * @param headline the article's title, possibly {@code null}
     * @return the element whose whole text is the headline, or {@code null}
     */
    static Element find(Element body, String headline) {
        if (headline == null || headline.length() < MIN_LENGTH) {
            return null;
        }
        String wanted = Text.normalise(headline);
        Element[] found = new Element[1];
        body.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (found[0] != null) {
                    return FilterResult.STOP;
                }
                if (node instanceof Element el && (el.nameIs("nav") || el.nameIs("a") || el.nameIs("script") || el.nameIs("style"))) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                // the length first: most texts differ from the headline in it, and are not normalised
                if (node instanceof TextNode t && t.getWholeText().length() >= wanted.length() && node.parent() instanceof Element parent
                        && t.text().trim().equals(wanted)) {
                    found[0] = parent;
                    return FilterResult.STOP;
                }
                return FilterResult.CONTINUE;
            }
        });
        return found[0];
    }
}
