package org.gazette.parse.html.impl;

import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Set;

import org.jsoup.nodes.Element;

/**
 * The hidden panels that a page's buttons open: a collapsed accordion's or tab's text is the
 * article's (an FAQ's answers, a buying guide's "What to consider" sections), though hidden until
 * clicked. A button names its panel by {@code aria-controls}; a disclosure button that only says
 * whether it is open ({@code aria-expanded}, as component libraries render their collapsibles:
 * {@code <h3><button aria-expanded="false">Weight</button></h3><div hidden>...</div>}) opens the
 * hidden element right after it, or after the heading or wrapper around it. That element is the
 * panel, or hides it, also when the button names the panel inside it ({@code <div
 * class="collapse" style="display:none"><div id="panel-1" role="region">}, as some libraries
 * animate a panel's height).
 */
final class AccordionPanels {

    /** A disclosure button's panel follows it, or one of this many elements around it. */
    static final int LEVELS_UP = 3;

    private final Set<String> ids = new HashSet<>();
    private final Set<Element> following = Collections.newSetFromMap(new IdentityHashMap<>());

    /**
     * @param body the page's body
     * @param tags the index of the page's tree
     */
    AccordionPanels(Element body, TagIndex tags) {
        for (Element control : tags.selectByAttributesRemaining(body,
                el -> el.attributes().hasKey("aria-controls") || el.attributes().hasKey("aria-expanded"))) {
            String controls = control.attr("aria-controls");
            if (!controls.isBlank()) {
                for (String id : controls.split(" ")) {
                    if (!id.isEmpty()) {
                        ids.add(id);
                    }
                }
            }
            Element panel = control.hasAttr("aria-expanded") ? after(control) : null;
            if (panel != null) {
                following.add(panel);
            }
        }
    }

    /**
     * @param control an element with {@code aria-expanded}
     * @return the hidden element that the control opens: the first element after it, or after one
     *         of the {@link #LEVELS_UP} elements around it (a heading, a wrapper), when that is
     *         hidden; {@code null} when that first element is shown or there is none
     */
    static Element after(Element control) {
        Element e = control;
        for (int up = 0; up <= LEVELS_UP && e != null && !e.normalName().equals("body"); up++, e = e.parent()) {
            Element next = e.nextElementSibling();
            if (next != null) {
                return Boilerplate.isHidden(next) ? next : null; // the first element after the button is what it toggles
            }
        }
        return null;
    }

    /** @return true for a hidden panel that a button opens (not a navigation, form or other furniture element) */
    boolean isPanel(Element el) {
        return (!ids.isEmpty() && !el.id().isEmpty() && ids.contains(el.id()) || following.contains(el))
                && Boilerplate.isHidden(el) && !Boilerplate.isFurnitureTag(el);
    }
}
