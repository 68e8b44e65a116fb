package org.gazette.parse.html.impl;

import org.jsoup.nodes.Element;

/**
 * Tells the icons that an icon font draws from a word: Google's Material Icons and Material
 * Symbols turn a ligature such as {@code chevron_right}, {@code expand_more} or
 * {@code open_in_new} into a picture ({@code <span class="material-icons">chevron_right</span>}),
 * so the word is markup for a drawing, like an {@code svg}, and no part of the text. Left in, it
 * glues a name to an accordion's question ("What is a query optimizer? chevron_right"), which then
 * no longer reads as a question.
 */
final class IconGlyphs {

    private IconGlyphs() {
    }

    /**
     * @param el an inline element
     * @return true for a {@code span} or {@code i} whose class names a ligature icon font
     *         ({@code material-icons}, {@code material-icons-outlined}, {@code material-symbols-rounded}, ...)
     */
    static boolean isLigatureIcon(Element el) {
        if (el.attributesSize() == 0) {
            return false;
        }
        String name = el.normalName();
        if (!name.equals("span") && !name.equals("i")) {
            return false;
        }
        String classes = el.className();
        return classes.contains("material-icons") || classes.contains("material-symbols");
    }
}
