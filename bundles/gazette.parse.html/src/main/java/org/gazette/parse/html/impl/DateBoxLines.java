package org.gazette.parse.html.impl;

import java.util.List;

import org.gazette.text.Bylines;
import org.jsoup.nodes.Element;

/**
 * A line above an article's text inside a box the template names for the post's date ({@code
 * p.post-date}, {@code div.dateline}) is the date line, whatever its wording or format: "UPDATED
 * 16:47 EST / DECEMBER 19 2025", "Posted on 18.12.2025 by Ann Reed" ({@link Edges}). Class names
 * are the template's, in no language. So is a line that prints a {@code <time>} element with a digit
 * among a few other fields and is no sentence: templates in any language mark the post's date up so,
 * whatever their labels ("Ayşe Yılmaz Giriş: {@code <time>}14.09.2023 12:00{@code </time>} Güncelleme:
 * 14.09.2023 16:30", long enough to count as prose), or in an element named for the date among the
 * fields: "کد خبر: ۴۸۲۹۱۳ {@code <span class="news-date">}تاریخ انتشار: پنجشنبه ۲۳ شهریور ۱۴۰۲ - ۱۲:۰۰{@code </span>}",
 * a news code and a Solar Hijri date that the date reader does not read.
 */
final class DateBoxLines {

    /** Class or id parts of a box that holds a post's date line. */
    private static final List<String> DATE_BOX_PARTS = List.of("date", "dateline");
    /** How many elements up from a line its date box may be. */
    private static final int DATE_BOX_LEVELS = 3;
    /** The most text the element of a line that prints a {@code <time>} may hold: a meta line's fields, not a container's blocks. */
    private static final int OWNER_CHARS = 2 * Bylines.MAX_LINE;

    private DateBoxLines() {
    }

    /**
     * @return true for a line with a digit inside a box named for a post's date
     *         ({@code p.post-date}, {@code div.dateline}): "Posted on 18.12.2025 by Ann Reed", in
     *         formats and wordings the date reader does not know
     */
    static boolean isDateBoxLine(Blocks.Block b) {
        if (!hasDigit(b.text())) {
            return false;
        }
        Element el = b.owner();
        for (int level = 0; level < DATE_BOX_LEVELS && el != null; level++, el = el.parent()) {
            for (String part : DATE_BOX_PARTS) {
                if (NameParts.has(el.className(), part) || NameParts.has(el.id(), part)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * @return true when the line's own element holds a {@code <time>} or a date-named element whose text, with a digit, is part
     *         of the line (not of another block further down the element): a post's meta line, whatever its
     *         labels, when it is no sentence (the caller's test)
     */
    static boolean printsDateField(Blocks.Block b) {
        if (LongText.exceeds(b.owner(), OWNER_CHARS)) {
            return false; // a container of other blocks: its times are theirs, and its subtree long to walk
        }
        for (Element field : b.owner().getAllElements()) {
            if (field != b.owner() && isDateField(field)) {
                String shown = Text.normalise(field.text());
                if (hasDigit(shown) && b.text().contains(shown)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * @return true for a {@code <time>}, or an element named for a date among the line's fields ({@code
     *         span.news-date}, {@code span.date-en}): both how templates mark the post's date up
     */
    private static boolean isDateField(Element el) {
        if ("time".equals(el.normalName())) {
            return true;
        }
        for (String part : DATE_BOX_PARTS) {
            if (NameParts.has(el.className(), part)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
