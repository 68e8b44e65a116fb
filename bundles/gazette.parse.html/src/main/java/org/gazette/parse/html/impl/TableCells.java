package org.gazette.parse.html.impl;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Element;

/**
 * The cells of a data table, whose values repeat from cell to cell ("Yes", "Yes", "No" down a
 * comparison's column; "Best", "Best", "Basic" across a feature row). The body text drops a block
 * that repeats the block before it (a heading a page builder printed twice), but two cells of one
 * table with the same text are two values, and a table that loses them no longer reads (the
 * development set's gold keeps them: "Object-Oriented Yes Yes Yes Yes Partial"). The cells of one
 * row are given as one line, "Jenna Rowe | Independent | 1,212", as the table prints them, not one
 * paragraph each.
 */
final class TableCells {

    /** How far above a block's owner its cell may be ({@code td > div > p}). */
    private static final int DEPTH = 3;
    /** A cell longer than this is a column of text (a layout table's story), not a value on a row. */
    static final int MAX_CELL_CHARS = 300;
    /** What the cells of a row are joined with. */
    static final String SEPARATOR = " | ";

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

    /**
     * @param blocks the blocks given, in order
     * @param paragraphs their paragraphs (the same length)
     * @return the paragraphs with the cells of each table row joined into one line by {@link #SEPARATOR}:
     *         consecutive cells of one {@code <tr>}, each a single block of at most {@link #MAX_CELL_CHARS}
     *         characters (a cell of several paragraphs, or a layout table's long cell, stays apart)
     */
    static List<String> rowsJoined(List<Blocks.Block> blocks, List<String> paragraphs) {
        Element[] cells = new Element[blocks.size()];
        Map<Element, Integer> perCell = null;
        for (int i = 0; i < cells.length; i++) {
            cells[i] = cellOf(blocks.get(i).owner());
            if (cells[i] != null) {
                perCell = perCell == null ? new IdentityHashMap<>() : perCell;
                perCell.merge(cells[i], 1, Integer::sum);
            }
        }
        if (perCell == null) {
            return paragraphs; // most pages
        }
        List<String> out = new ArrayList<>(paragraphs.size());
        Element lastRow = null;
        for (int i = 0; i < cells.length; i++) {
            Element cell = cells[i];
            String text = paragraphs.get(i);
            Element row = cell == null || perCell.get(cell) > 1 || text.length() > MAX_CELL_CHARS
                    || cell.parent() == null || !cell.parent().normalName().equals("tr") ? null : cell.parent();
            if (row != null && row == lastRow) {
                out.set(out.size() - 1, out.get(out.size() - 1) + SEPARATOR + text);
            } else {
                out.add(text);
            }
            lastRow = row;
        }
        return out;
    }

    /** @return true when the element is (or is inside) a cell of a table, up to {@link #DEPTH} levels up */
    static boolean isCell(Element owner) {
        return cellOf(owner) != null;
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
