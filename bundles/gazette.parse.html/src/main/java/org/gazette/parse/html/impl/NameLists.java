package org.gazette.parse.html.impl;

import java.util.StringJoiner;

import org.gazette.text.Bylines;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.Selector;

/**
 * The text of a byline whose names are the items of a list: "Written by: {@code <ul
 * class="comma-separated-list"><li><a>Ann Reed</a></li><li><a>Tom Baker</a></li></ul>}", whose
 * commas a style sheet draws. The element's own text runs the items into one name ("Ann Reed Tom
 * Baker"); read here, the words before the list, then its items set apart by commas, as the reader
 * sees them. When the words before the list name the writer already ("By Ann Reed", then a list of
 * share buttons), the list is no part of the byline.
 */
final class NameLists {

    private static final Evaluator ITEM = Selector.evaluatorOf("li");

    private NameLists() {
    }

    /**
     * @param line a short element that may hold a byline
     * @return its text, with the items of its first list as names set apart by commas
     */
    static String lineText(Element line) {
        Element item = line.selectFirst(ITEM);
        Element list = item == null ? null : item.parent();
        if (list == null || list == line) {
            return line.text();
        }
        String before = textBefore(line, list);
        if (!Bylines.fromLine(before).isEmpty()) {
            return before; // "By Ann Reed", then a share bar's list
        }
        StringJoiner items = new StringJoiner(", ", before + " ", "");
        for (Element child : list.children()) {
            if (child.normalName().equals("li") && child.hasText()) {
                items.add(child.text());
            }
        }
        return Text.normalise(items.toString());
    }

    /** @return the text of the line before the element, blocks and line breaks read as spaces */
    private static String textBefore(Element line, Element stop) {
        StringBuilder text = new StringBuilder();
        line.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node == stop) {
                    return FilterResult.STOP;
                }
                if (node instanceof TextNode t) {
                    text.append(t.getWholeText());
                } else if (node instanceof Element e && (e.isBlock() || e.normalName().equals("br"))) {
                    text.append(' ');
                }
                return FilterResult.CONTINUE;
            }
        });
        return Text.normalise(text.toString());
    }
}
