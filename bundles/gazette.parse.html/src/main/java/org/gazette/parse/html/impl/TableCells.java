package org.gazette.parse.html.impl;

import org.jsoup.nodes.Element;

/**
 * The cells of a data table, whose values repeat from cell to cell ("Yes", "Yes", "No" down a
 * comparison's column; "Best", "Best", "Basic" across a feature row). The body text drops a block
 * that repeats the block before it (a heading a page builder printed twice), but two cells of one
 * table with the same text are two values, and a table that loses them no longer reads (the
 * development set's gold keeps them: "Object-Oriented Yes Yes Yes Yes Partial").
 */
final class TableCells {

    /** How far above a block's owner its cell may be ({@code td > div > p}). */
    private static final int DEPTH = 3;

    private TableCells() {
    }

    /**
     * @param previous the owner of the block given before, possibly {@code null}
     * @param owner the owner of a block with the same text
     * @return true when the two blocks are different cells of one table, so that the second is a
     *         value of its own and no repeat
     */
    static boolean areTwoCells(Element previous, Element owner) {
        if (previous == null) {
            return false;
        }
        Element a = cellOf(previous);
        Element b = a == null ? null : cellOf(owner);
        return b != null && a != b && tableOf(a) == tableOf(b);
    }

    /** @return the {@code td} or {@code th} holding the element, up to {@link #DEPTH} levels up, or {@code null} */
    private static Element cellOf(Element el) {
        Element e = el;
        for (int i = 0; e != null && i <= DEPTH; i++, e = e.parent()) {
            String name = e.normalName();
            if (name.equals("td") || name.equals("th")) {
                return e;
            }
            if (name.equals("table")) {
                return null;
            }
        }
        return null;
    }

    private static Element tableOf(Element cell) {
        Element e = cell.parent();
        while (e != null && !e.normalName().equals("table")) {
            e = e.parent();
        }
        return e;
    }
}
