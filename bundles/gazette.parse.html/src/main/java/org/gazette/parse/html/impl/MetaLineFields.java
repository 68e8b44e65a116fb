package org.gazette.parse.html.impl;

import java.util.List;

import org.gazette.text.Bylines;
import org.gazette.text.WrittenDates;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The writer's name in a field of a meta line that prints no "By": blog and documentation themes
 * print the date, a separator and the name ("Dec. 19, 2025 · Niko Roe", "2025-12-17 · Jane Doe"),
 * and a name may run on into a link that says for whom or where it was posted ("Jane Doe on behalf
 * of <a>the docs team</a>", "Jane Doe in <a>Travel</a>"). Only a name of two words or more is
 * taken, and only from a line that holds a date: a one-word field, or a field of a line without a
 * date, is as often a category or a reading time. Under the headline, where a line of two capitalised
 * words after the date may as well be the section ("Dec 26, 2025 · Project Management"), the line must
 * picture the writer too ({@link #pictured}).
 */
final class MetaLineFields {
    private static final String SEPARATORS = "\u00B7\u2022|";
    /** How many lower-case words at a field's end, before a link, are cut off as what ties the name to the link. */
    private static final int MAX_TIE_WORDS = 3;

    private MetaLineFields() {
    }

    /**
     * @param text a meta line's text, or the text of its part before a link
     * @param beforeLink whether a link follows the text in the line (the last field may then end in
     *        lower-case words that tie the name to it)
     * @return the name of the one field after a date field that is a name of two words or more; empty when the line has
     *         no separator, no date field, no such name or two of them (a section and the writer, told apart by nothing)
     */
    static List<String> names(String text, boolean beforeLink) {
        if (text.length() > Bylines.MAX_LINE || !hasSeparator(text)) {
            return List.of();
        }
        String[] fields = text.split("[" + SEPARATORS + "]");
        boolean dated = false;
        List<String> found = List.of();
        for (int i = 0; i < fields.length; i++) {
            String field = fields[i].trim();
            if (field.isEmpty()) {
                continue;
            }
            if (WrittenDates.parse(field) != null) {
                dated = true;
                continue;
            }
            String name = beforeLink && i == fields.length - 1 ? withoutTieWords(field) : field;
            List<String> names = dated ? Bylines.names(name) : List.of();
            if (names.size() == 1 && names.get(0).equals(name) && name.indexOf(' ') > 0) {
                if (!found.isEmpty()) {
                    return List.of(); // "Dec. 19, 2025 · Project Management · Jane Doe": which is the writer is not told
                }
                found = names;
            }
        }
        return found;
    }

    /**
     * @param line a short element under the headline
     * @param text its text
     * @return the name of a dated meta line that pictures its writer: an avatar ({@code class="avatar"}) or a picture whose
     *         {@code alt} text is the name ("2025-12-17 · <a><img alt="Jane Doe">Jane Doe</a>", "Dec 26, 2025 • <img
     *         class="avatar"> Jane Doe in <a>Travel</a>"); empty when the line pictures no one or names no one
     */
    static List<String> pictured(Element line, String text) {
        Element img = line.selectFirst("img");
        if (img == null || !hasSeparator(text)) {
            return List.of();
        }
        List<String> names = names(text, false);
        if (names.isEmpty()) {
            names = names(textToFirstLink(line), true);
        }
        boolean avatar = BylineImpostors.AVATARS.matches(img, img);
        return !names.isEmpty() && (avatar || Text.normalise(img.attr("alt")).equalsIgnoreCase(names.get(0))) ? names : List.of();
    }

    /** @return the text of the line's parts before its first link */
    private static String textToFirstLink(Element line) {
        StringBuilder text = new StringBuilder();
        for (Node part : line.childNodes()) {
            if (part instanceof Element e && e.normalName().equals("a")) {
                break;
            }
            text.append(part instanceof TextNode t ? t.text() : part instanceof Element e ? e.text() : "").append(' ');
        }
        return Text.normalise(text.toString());
    }

    private static boolean hasSeparator(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (SEPARATORS.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** @return the field without the lower-case words at its end ("Jane Doe on behalf of": "Jane Doe"), at most {@value #MAX_TIE_WORDS} */
    static String withoutTieWords(String field) {
        String rest = field;
        for (int k = 0; k < MAX_TIE_WORDS; k++) {
            int space = rest.lastIndexOf(' ');
            if (space < 0) {
                break;
            }
            String word = rest.substring(space + 1);
            if (word.isEmpty() || !Character.isLowerCase(word.codePointAt(0))) {
                break;
            }
            rest = rest.substring(0, space).trim();
        }
        return rest;
    }
}
