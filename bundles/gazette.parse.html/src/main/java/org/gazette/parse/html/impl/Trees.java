package org.gazette.parse.html.impl;

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
}
