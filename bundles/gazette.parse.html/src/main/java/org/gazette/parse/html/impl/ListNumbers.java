package org.gazette.parse.html.impl;

import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;

import org.jsoup.nodes.Element;

/**
 * The numbers a browser prints before the items of an ordered list ({@code <ol>}): the list's
 * marker is no text in the page, yet readers see "1.", "2.", ... and a step that says "repeat
 * step 3" refers to it. The first block of an item is given its number ({@code "3. "}), counting
 * from the list's {@code start} (down when it is {@code reversed}) and from an item's
 * {@code value}. An item whose text already opens with a number ("1. Preheat", "2) Stir") is left
 * as written, and so is a list whose inline style hides its markers ({@code list-style: none}).
 * One instance per page.
 */
final class ListNumbers {

    /** Each item's number, filled a whole list at a time. */
    private final Map<Element, Integer> numbers = new IdentityHashMap<>();
    /** The items that have given their number to a block already. */
    private final Map<Element, Boolean> given = new IdentityHashMap<>();

    /**
     * @param block a block of the body, taken in reading order
     * @param root the element the body was read from; items outside it are not looked for
     * @return the block's text, with the number of the list item it opens in front of it
     */
    String text(Blocks.Block block, Element root) {
        Element item = item(block.owner(), root);
        if (item == null || given.put(item, Boolean.TRUE) != null) {
            return block.text();
        }
        Element list = item.parent();
        if (list == null || !numbered(list, item)) {
            return block.text();
        }
        if (!numbers.containsKey(item)) {
            number(list);
        }
        String text = block.text();
        String number = String.valueOf(numbers.get(item));
        return opensWithNumber(text) ? text : number + ". " + text;
    }

    /** @return the nearest {@code li} around the element (itself included) below the root, or {@code null} */
    private static Element item(Element el, Element root) {
        for (Element e = el; e != null && e != root; e = e.parent()) {
            if (e.normalName().equals("li")) {
                return e;
            }
        }
        return null;
    }

    private void number(Element list) {
        int count = 0;
        for (Element child : list.children()) {
            count += child.normalName().equals("li") ? 1 : 0;
        }
        boolean reversed = list.hasAttr("reversed");
        int next = integer(list.attr("start"), reversed ? count : 1);
        for (Element child : list.children()) {
            if (child.normalName().equals("li")) {
                next = integer(child.attr("value"), next);
                numbers.put(child, next);
                next += reversed ? -1 : 1;
            }
        }
    }

    private static int integer(String value, int fallback) {
        String v = value.trim();
        if (v.isEmpty() || v.length() > 9) {
            return fallback;
        }
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /**
     * @return true when the browser numbers the item: an {@code ol} whose own style or the item's
     *         does not turn markers off ({@code list-style: none}, for templates that print their
     *         own numbers in a separate element)
     */
    private static boolean numbered(Element list, Element item) {
        return list.normalName().equals("ol") && !hidesMarkers(list) && !hidesMarkers(item);
    }

    /** @return true when the element's own style turns list markers off */
    private static boolean hidesMarkers(Element el) {
        String style = el.attr("style");
        if (style.isEmpty()) {
            return false;
        }
        String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
        for (String property : new String[] {"list-style-type:", "list-style:"}) {
            int at = s.indexOf(property);
            if (at >= 0 && (at == 0 || s.charAt(at - 1) == ';' || s.charAt(at - 1) == '"')) {
                String value = s.substring(at + property.length());
                int end = value.indexOf(';');
                value = end < 0 ? value : value.substring(0, end);
                if (value.contains("none")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** @return true when the text opens with a number of its own: "1.", "2)", "3 -", "Step 4" is not checked */
    private static boolean opensWithNumber(String text) {
        int i = 0;
        while (i < text.length() && Character.isDigit(text.charAt(i))) {
            i++;
        }
        return i > 0 && (i == text.length() || ".):".indexOf(text.charAt(i)) >= 0);
    }
}
