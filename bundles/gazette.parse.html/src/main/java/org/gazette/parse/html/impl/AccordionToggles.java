package org.gazette.parse.html.impl;

import org.jsoup.nodes.Element;

/**
 * Tells the button that opens an accordion's panel from other buttons: one that says which panel
 * it controls and whether that panel is open ({@code aria-controls} and {@code aria-expanded}, as
 * WAI-ARIA's accordion and disclosure patterns have it), or that says whether it is open and has
 * the hidden panel right after it (a component library's collapsible). Its words are the panel's heading (an FAQ's
 * question, often an {@code <h3>} inside the button), part of the article as the panel's text is,
 * while the words of other buttons ("Subscribe", "Load more") are not text.
 */
final class AccordionToggles {

    private AccordionToggles() {
    }

    /**
     * @return true for a {@code button} that opens and closes a panel it names, or the hidden
     *         panel right after it ({@link AccordionPanels#after})
     */
    static boolean isToggle(Element el) {
        return el.normalName().equals("button") && el.hasAttr("aria-expanded")
                && (!el.attr("aria-controls").isBlank() || AccordionPanels.after(el) != null);
    }
}
