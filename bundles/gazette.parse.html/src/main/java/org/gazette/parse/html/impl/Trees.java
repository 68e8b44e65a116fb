package org.gazette.parse.html.impl;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Element;

/**
 * Tree helpers that keep passes over a page linear however deeply it nests.
 */
final class Trees {

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
     * @return true when {@code a} comes before {@code b} in document order (an element comes before what it holds);
     *         reads the two elements' ancestors and the siblings of their common ancestor's children only
     */
    static boolean precedes(Element a, Element b) {
        List<Element> up = new ArrayList<>();
        for (Element e = a; e != null; e = e.parent()) {
            up.add(e);
        }
        Element below = null;
        for (Element e = b; e != null; below = e, e = e.parent()) {
            int at = up.indexOf(e); // identity: jsoup's elements compare by identity
            if (at == 0) {
                return true; // a holds b, or is b
            }
            if (at > 0) {
                if (below == null) {
                    return false; // b holds a
                }
                return up.get(at - 1).elementSiblingIndex() < below.elementSiblingIndex();
            }
        }
        return false;
    }
}
