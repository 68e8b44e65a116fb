package org.gazette.parse.html.impl;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * The text of a byline whose names are the items of a list: "Written by: {@code <ul
 * class="comma-separated-list"><li><a>Ann Reed</a></li><li><a>Tom Baker</a></li></ul>}", whose
 * commas a style sheet draws. The element's own text runs the items into one name ("Ann Reed Tom
 * Baker"); read here, each item after the first is set apart by a comma, as the reader sees it.
 */
final class NameLists {

    private NameLists() {
    }

    /**
     * @param line a short element that may hold a byline
     * @return its text, with a comma before each list item but the first of its list
     */
    static String lineText(Element line) {
        if (line.getElementsByTag("li").isEmpty()) {
            return line.text();
        }
        StringBuilder text = new StringBuilder();
        line.traverse((node, depth) -> {
            if (node instanceof TextNode t) {
                text.append(t.getWholeText());
            } else if (node instanceof Element e && e != line && e.normalName().equals("li") && e.elementSiblingIndex() > 0) {
                text.append(", ");
            }
        });
        return Text.normalise(text.toString());
    }
}
