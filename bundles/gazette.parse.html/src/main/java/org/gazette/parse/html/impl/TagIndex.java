package org.gazette.parse.html.impl;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Evaluator;

/**
 * The page's elements in document order, and apart those of the few tag names the metadata
 * readers query ({@code meta}, {@code script}, {@code h1}, {@code a}, {@code time}, {@code figure},
 * {@code amp-img}, {@code img}, {@code form}, {@code input}, {@code aside}; {@code q} and {@code blockquote},
 * whose absence spares the body text a search for quotations), collected in one walk of the freshly parsed tree so that each reader need not
 * walk the whole tree with a selector of its own: a scan of a list is cheaper than jsoup's walk.
 * A snapshot, valid until the tree changes; {@link #selectRemaining} also serves once elements were
 * removed.
 */
final class TagIndex {
    private static final List<String> TAGS = List.of("meta", "script", "h1", "a", "time", "figure", "amp-img", "img", "form", "input",
            "aside", "q", "blockquote");

    private final Element root;
    /** For each indexed tag name, its elements; one look-up per element of the walk. */
    private final Map<String, Tagged> byName = new HashMap<>();
    /** Every element in document order (pre-order). */
    private final List<Element> all = new ArrayList<>();
    /** For the element at each index of {@link #all}, the index after the last element of its subtree. */
    private final int[] ends;
    /**
     * The indexes in {@link #all} of the elements that have attributes, ascending: counted once here,
     * since jsoup counts an element's attributes by walking them (to skip its internal ones) each time.
     */
    private final int[] withAttributes;

    /**
     * The elements of one indexed tag name.
     *
     * @param elements the elements in document order
     * @param positions their indexes in {@link #all}, ascending
     */
    private record Tagged(List<Element> elements, List<Integer> positions) {
    }

    /** @param root the element whose subtree is indexed, itself included */
    TagIndex(Element root) {
        this.root = root;
        for (String tag : TAGS) {
            byName.put(tag, new Tagged(new ArrayList<>(), new ArrayList<>()));
        }
        ArrayDeque<Element> stack = new ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            Element el = stack.pop();
            all.add(el);
            Tagged tagged = byName.get(el.normalName());
            if (tagged != null) {
                tagged.elements().add(el);
                tagged.positions().add(all.size() - 1);
            }
            for (int i = el.childNodeSize() - 1; i >= 0; i--) {
                Node child = el.childNode(i);
                if (child instanceof Element e) {
                    stack.push(e);
                }
            }
        }
        ends = subtreeEnds(all);
        int[] found = new int[all.size()];
        int n = 0;
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).attributesSize() > 0) {
                found[n++] = i;
            }
        }
        withAttributes = Arrays.copyOf(found, n);
    }

    /** @return for each element of a pre-order list, the index after the last element of its subtree */
    private static int[] subtreeEnds(List<Element> preOrder) {
        int[] ends = new int[preOrder.size()];
        int[] open = new int[preOrder.size()]; // the indexes of the current element's ancestors, outermost first
        int depth = 0;
        for (int i = 0; i < preOrder.size(); i++) {
            Element parent = preOrder.get(i).parent();
            while (depth > 0 && preOrder.get(open[depth - 1]) != parent) {
                ends[open[--depth]] = i;
            }
            open[depth++] = i;
        }
        while (depth > 0) {
            ends[open[--depth]] = preOrder.size();
        }
        return ends;
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
        List<Element> candidates = tagged(tag).elements();
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
        return !tagged(tag).elements().isEmpty();
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

    /**
     * The elements of {@code from}'s subtree (itself included) that have attributes and pass a
     * test of them, in document order, while the tree is as indexed. A test of attribute names in
     * lower case ({@code el.attributes().hasKey("aria-controls")}) is cheaper than jsoup's
     * {@code [aria-controls]}, which compares every name ignoring case, and gives the same answer:
     * the parser writes attribute names in lower case.
     *
     * @param from an element of the indexed tree
     * @param test the test of an element with attributes
     * @return the elements that pass
     */
    List<Element> selectByAttributes(Element from, Predicate<Element> test) {
        List<Element> out = new ArrayList<>();
        int at = indexOf(from);
        int i = Arrays.binarySearch(withAttributes, at);
        for (i = i < 0 ? -i - 1 : i; i < withAttributes.length && withAttributes[i] < ends[at]; i++) {
            Element el = all.get(withAttributes[i]);
            if (test.test(el)) {
                out.add(el);
            }
        }
        return out;
    }

    /**
     * The same as {@code from.select(query)} while the tree is as indexed, for a query whose every
     * match has one of the given tag names and that keeps no state between matches; the elements
     * of other names are not looked at.
     *
     * @param from an element of the indexed tree
     * @param query the selector
     * @param tags indexed tag names
     * @return the matching elements of {@code from}'s subtree, itself included, in document order
     */
    List<Element> select(Element from, Evaluator query, String... tags) {
        int at = indexOf(from);
        List<Integer> candidates = new ArrayList<>();
        for (String tag : tags) {
            List<Integer> of = tagged(tag).positions();
            int i = Collections.binarySearch(of, at);
            for (i = i < 0 ? -i - 1 : i; i < of.size() && of.get(i) < ends[at]; i++) {
                candidates.add(of.get(i));
            }
        }
        if (tags.length > 1) {
            Collections.sort(candidates);
        }
        List<Element> out = new ArrayList<>();
        for (int i : candidates) {
            if (query.matches(from, all.get(i))) {
                out.add(all.get(i));
            }
        }
        return out;
    }

    /**
     * The same as {@link #selectByAttributes} after elements were removed from the tree (and none
     * added or moved): matches no longer below {@code from} are left out.
     */
    List<Element> selectByAttributesRemaining(Element from, Predicate<Element> test) {
        List<Element> out = selectByAttributes(from, test);
        out.removeIf(el -> !Trees.within(el, from));
        return out;
    }

    /**
     * Whether {@code from}'s subtree (itself included) still holds an element of an indexed tag
     * name after elements were removed from the tree (and none added or moved), without walking
     * the subtree as {@code from.selectFirst(tag)} would.
     *
     * @param tag a tag name, one of the indexed ones
     * @param from an element of the tree
     */
    boolean hasRemaining(String tag, Element from) {
        for (Element el : tagged(tag).elements()) {
            if (Trees.within(el, from)) {
                return true;
            }
        }
        return false;
    }

    /** @return {@code from} and the elements below it in document order, as {@code from.getAllElements()} while the tree is as indexed */
    List<Element> elements(Element from) {
        int at = indexOf(from);
        return all.subList(at, ends[at]);
    }

    private Tagged tagged(String tag) {
        Tagged tagged = byName.get(tag);
        if (tagged == null) {
            throw new IllegalArgumentException("tag not indexed: " + tag);
        }
        return tagged;
    }

    private int indexOf(Element el) {
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i) == el) {
                return i;
            }
        }
        throw new IllegalArgumentException("not an element of the indexed tree: <" + el.normalName() + ">");
    }
}
