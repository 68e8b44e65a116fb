package org.gazette.parse.html.impl;

import org.jsoup.nodes.Element;

/**
 * Tells the button that opens an accordion's panel from other buttons: one that says which panel
 * it controls and whether that panel is open ({@code aria-controls} and {@code aria-expanded}, as
 * WAI-ARIA's accordion and disclosure patterns have it), or that says whether it is open and has
 * the hidden panel right after it (a component library's collapsible), or that says it is open and
 * has the shown panel right after it. Its words are the panel's heading (an FAQ's
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
                && (!el.attr("aria-controls").isBlank() || AccordionPanels.after(el) != null || opensShownPanel(el));
    }

    /**
     * @return true for a disclosure button that says it is open ({@code aria-expanded="true"}) with
     *         a shown block right after it, or after the heading around it: the open panel of an
     *         FAQ whose answers the page prints open ({@code <button aria-expanded="true">Question?</button>
     *         <div><p>Answer.</p></div>}), the question being as much the text as its answer. Only the
     *         button's own next element counts (no wrapper further up): an expander in a card's
     *         corner ("Collapse") stands in a box of its own beside the card's text.
     */
    private static boolean opensShownPanel(Element el) {
        if (!el.attr("aria-expanded").equalsIgnoreCase("true")) {
            return false;
        }
        Element parent = el.parent();
        Element toggle = parent != null && Blocks.HEADINGS.contains(parent.normalName()) ? parent : el;
        Element next = toggle.nextElementSibling();
        return next != null && Blocks.BREAKS.contains(next.normalName()) && !Boilerplate.isHidden(next);
    }
}
