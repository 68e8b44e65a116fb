package org.gazette.parse.html.impl;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeVisitor;

/**
 * Tree helpers that keep passes over a page linear however deeply it nests.
 */
final class Trees {

    private static final int BULK = 32;

    private Trees() {
    }

    /**
     * @param el an element
     * @param ancestor another element, possibly {@code null}
     * @return true when {@code el} is {@code ancestor} or lies inside it
     */
    static boolean within(Element el, Element ancestor) {
        if (ancestor == null) {
            return false;
        }
        for (Element e = el; e != null; e = e.parent()) {
            if (e == ancestor) {
                return true;
            }
        }
        return false;
    }

    /**
     * Counts, in one pass, the characters of {@code p} text inside every element of a subtree.
     *
     * @param root the subtree
     * @return characters of paragraph text by element; elements without any are absent
     */
    static Map<Element, Integer> paragraphChars(Element root) {
        Map<Element, Integer> chars = new IdentityHashMap<>();
        root.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                // counted on the way up
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element el && node != root) {
                    int own = el.normalName().equals("p") ? el.text().length() : chars.getOrDefault(el, 0);
                    if (own > 0) {
                        chars.put(el, own);
                        chars.merge(el.parent(), own, Integer::sum);
                    }
                }
            }
        });
        return chars;
    }

    /**
     * Removes elements from the tree. Removing one child shifts its later siblings, so an element
     * that loses many children has its child list rebuilt once instead.
     *
     * @param elements elements, none inside another
     */
    static void removeAll(List<Element> elements) {
        Map<Element, Set<Node>> byParent = new IdentityHashMap<>();
        for (Element el : elements) {
            if (el.parent() != null) {
                byParent.computeIfAbsent(el.parent(), p -> Collections.newSetFromMap(new IdentityHashMap<>())).add(el);
            }
        }
        for (Map.Entry<Element, Set<Node>> e : byParent.entrySet()) {
            Element parent = e.getKey();
            Set<Node> gone = e.getValue();
            if (gone.size() < BULK) {
                gone.forEach(Node::remove);
                continue;
            }
            List<Node> keep = new ArrayList<>(parent.childNodeSize());
            for (Node child : parent.childNodes()) {
                if (!gone.contains(child)) {
                    keep.add(child);
                }
            }
            parent.empty();
            parent.appendChildren(keep);
        }
    }
}
