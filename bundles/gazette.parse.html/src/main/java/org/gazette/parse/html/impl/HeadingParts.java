package org.gazette.parse.html.impl;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The part of an {@code <h1>} that prints the headline, when the heading holds more than the
 * headline in elements of their own: a kicker or label before it ({@code <h1><strong>Blog:</strong>
 * Headline</h1>}, {@code <h1><div>Kicker</div><span>Headline</span></h1>}), or a source link and a
 * comment count after it ({@code <h1><a>Headline</a> <a>(example.com)</a> <span>87</span></h1>}, as
 * link aggregators print them). The metadata title names the part: a node of the heading (an element
 * or a run of text) whose text is that title but for case. An {@code <h1>} whose words run on in the
 * same text as the title ("Headline – <em>a subtitle</em>") has no such part, and stays whole.
 */
final class HeadingParts {
    /** Deeper parts are not a heading's own structure. */
    private static final int MAX_DEPTH = 4;

    private HeadingParts() {
    }

    /**
     * @param h1 the heading
     * @param title the metadata title, without a site name or label
     * @return the text of the heading's node that prints the title, or {@code null} when no node does
     */
    static String printing(Element h1, String title) {
        String key = Text.key(title);
        return key.isEmpty() ? null : printing(h1, title, key, 0);
    }

    private static String printing(Element parent, String title, String key, int depth) {
        for (Node n : parent.childNodes()) {
            String text;
            if (n instanceof TextNode t) {
                text = t.text();
            } else if (n instanceof Element e) {
                text = e.text();
            } else {
                continue;
            }
            String normalised = Text.normalise(text);
            if (normalised.equalsIgnoreCase(title)) {
                return normalised;
            }
            if (n instanceof Element e && depth < MAX_DEPTH && Text.key(normalised).contains(key)) {
                String inner = printing(e, title, key, depth + 1);
                if (inner != null) {
                    return inner;
                }
            }
        }
        return null;
    }
}
