package org.gazette.parse.html.impl;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Evaluator;

/**
 * The page's elements of the few tag names the metadata readers query ({@code meta},
 * {@code script}, {@code h1}, {@code a}, {@code time}, {@code figure}, {@code amp-img}), in document order, collected in one walk of the freshly
 * parsed tree so that each reader need not walk the whole tree with a selector of its own.
 * A snapshot: valid only until the tree changes, so it is read before the body text is extracted.
 */
final class TagIndex {
    private static final List<String> TAGS = List.of("meta", "script", "h1", "a", "time", "figure", "amp-img");

    private final Element root;
    private final Map<String, List<Element>> byName = new HashMap<>();

    /** @param root the element whose subtree is indexed, itself included */
    TagIndex(Element root) {
        this.root = root;
        for (String tag : TAGS) {
            byName.put(tag, new ArrayList<>());
        }
        ArrayDeque<Element> stack = new ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            Element el = stack.pop();
            List<Element> list = byName.get(el.normalName());
            if (list != null) {
                list.add(el);
            }
            for (int i = el.childNodeSize() - 1; i >= 0; i--) {
                Node child = el.childNode(i);
                if (child instanceof Element e) {
                    stack.push(e);
                }
            }
        }
    }

    /**
     * The same as {@code root.select(query)} for a query that only matches elements of one tag
     * and keeps no state between matches (no structural selectors such as {@code :has} or
     * {@code :not} or combinators).
     *
     * @param tag the tag every match has, one of the indexed ones
     * @param query the selector
     * @return the matching elements, in document order
     */
    List<Element> select(String tag, Evaluator query) {
        List<Element> candidates = byName.get(tag);
        if (candidates == null) {
            throw new IllegalArgumentException("tag not indexed: " + tag);
        }
        List<Element> out = new ArrayList<>();
        for (Element el : candidates) {
            if (query.matches(root, el)) {
                out.add(el);
            }
        }
        return out;
    }

    /**
     * @param tag a tag name, one of the indexed ones
     * @return true when the page has an element of that name
     */
    boolean has(String tag) {
        List<Element> elements = byName.get(tag);
        if (elements == null) {
            throw new IllegalArgumentException("tag not indexed: " + tag);
        }
        return !elements.isEmpty();
    }

    /**
     * The same as {@code from.select(query)} for any query (structural ones too), without walking
     * the tree when the page has no element that could match.
     *
     * @param from an element of the indexed tree
     * @param query the selector
     * @param tags the indexed tag names of which every match has one
     * @return the matching elements, in document order
     */
    List<Element> selectAny(Element from, Evaluator query, String... tags) {
        for (String tag : tags) {
            if (has(tag)) {
                return from.select(query);
            }
        }
        return List.of();
    }
}
