package org.gazette.parse.html.impl;

import java.util.ArrayList;
import java.util.List;

import org.gazette.text.Bylines;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Reads an author box built of blocks: the name in a block of its own and the role, the outlet or
 * a bio in the next ({@code <h4>Jane Doe</h4><p>Former Senior Editor</p>}), or one name per list
 * item. Read as one text, the name would run into the role ("Jane Doe Former Senior Editor") or
 * into the next name.
 */
final class BylineParts {

    /** How many blocks of a byline element are read; more make it an author box with a bio, read no further. */
    private static final int MAX_PARTS = 6;

    private BylineParts() {
    }

    /**
     * @param byline a byline element
     * @return the names of its first block that has any, and of the list items after it when
     *         that block is a list item; {@code null} when its text is not cut into blocks at all, and empty
     *         when no block is a byline
     */
    static List<String> names(Element byline) {
        List<Part> parts = parts(byline);
        if (parts.size() < 2) {
            return null;
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            String text = parts.get(i).text();
            for (String name : Bylines.names(text)) {
                if (name.indexOf(' ') < 0 && !name.equals(text)) {
                    continue; // one word left of a heading such as "Author Spotlight": not a name
                }
                if (names.stream().noneMatch(name::equalsIgnoreCase)) {
                    names.add(name);
                }
            }
            boolean nextItem = parts.get(i).listItem() && i + 1 < parts.size() && parts.get(i + 1).listItem();
            if (!names.isEmpty() && !nextItem) {
                break;
            }
        }
        return names;
    }

    /** The text of one block, and whether the block is a list item. */
    private record Part(String text, boolean listItem) {
    }

    /** @return the non-blank texts between the block elements and line breaks of the element, at most {@value #MAX_PARTS} */
    private static List<Part> parts(Element byline) {
        List<Part> parts = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        boolean[] inItem = {false};
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    text.append(t.getWholeText());
                } else if (depth > 0 && node instanceof Element e && (e.isBlock() || e.normalName().equals("br"))) {
                    cut(parts, text, inItem[0]);
                    inItem[0] = inItem[0] || e.normalName().equals("li");
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (depth > 0 && node instanceof Element e && e.isBlock()) {
                    cut(parts, text, inItem[0]);
                    inItem[0] = inItem[0] && !e.normalName().equals("li");
                }
            }
        }, byline);
        cut(parts, text, inItem[0]);
        return parts.size() > MAX_PARTS ? parts.subList(0, MAX_PARTS) : parts;
    }

    private static void cut(List<Part> parts, StringBuilder text, boolean listItem) {
        String t = Text.normalise(text.toString());
        if (!t.isEmpty()) {
            parts.add(new Part(t, listItem));
        }
        text.setLength(0);
    }
}
