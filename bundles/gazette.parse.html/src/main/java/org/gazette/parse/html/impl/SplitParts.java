package org.gazette.parse.html.impl;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.jsoup.nodes.Element;

/**
 * The other parts of an article body that a page builder split around an embedded box (a call
 * to action, a form, a figure): earlier or later siblings of the chosen element with the same
 * tag and classes, each holding prose of its own. A sibling may have classes more, which mark
 * one part among the others ({@code div.rich-text.intro} before the {@code div.rich-text} of the
 * rest). Only the densest element is widened this way ({@link BodyText}); a named container
 * ({@code article}, {@code main}) already holds what belongs to it.
 */
final class SplitParts {

    private SplitParts() {
    }

    /**
     * @param container the element chosen as the densest
     * @param blocks the page's blocks outside furniture
     * @return the sibling parts, the container among them, empty when there are none
     */
    static Set<Element> of(Element container, List<Blocks.Block> blocks) {
        Element parent = container.parent();
        if (parent == null || container.className().isEmpty()) {
            return Set.of();
        }
        Set<Element> parts = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<String> classes = container.classNames();
        for (Blocks.Block b : blocks) {
            if (!Tally.isProse(b)) {
                continue;
            }
            Element e = b.owner();
            while (e != null && e.parent() != parent) {
                e = e.parent();
            }
            if (e != null && e != container && e.normalName().equals(container.normalName())
                    && e.classNames().containsAll(classes)) {
                parts.add(e);
            }
        }
        if (!parts.isEmpty()) {
            parts.add(container);
        }
        return parts;
    }

    /** @return true when the element lies in one of the parts, children of {@code parent} */
    static boolean inPart(Element owner, Element parent, Set<Element> parts) {
        Element e = owner;
        while (e != null && e.parent() != parent) {
            e = e.parent();
        }
        return e != null && parts.contains(e);
    }
}
