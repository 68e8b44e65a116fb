package org.gazette.parse.html.impl;

import java.util.regex.Pattern;

import org.gazette.text.BylineWords;

/**
 * Tells the label of a post's meta field standing alone: "Written by", "Posted on", "Last
 * updated:", "Published", "By", as templates print label and value in elements of their own
 * ({@code <p>Written by</p><p>Jane Doe</p>}) above the text. The value is a byline or a date,
 * which {@link Edges} drops before the first paragraph; the label, without it, is no text either.
 * Only a whole line counts, in English, German, French, Spanish, Italian, Portuguese and Dutch (an author label in
 * every language of {@link BylineWords#AUTHOR_LABELS});
 * where it stands (before the first paragraph, not a heading) is the main cue, these words the
 * second.
 */
final class MetaLabels {

    private static final Pattern LABEL = Pattern.compile("(?iu)^(?:"
            + "(?:" + BylineWords.WRITTEN_BY_VERB_PATTERN + "|article|reviewed|edited)\\s+by|" + BylineWords.BY_PATTERN + "|" + BylineWords.BY_ITALIAN
            + "|" + BylineWords.AUTHOR_LABEL_PATTERN + "|date"
            + "|(?:last\\s+)?updated(?:\\s+on)?|published(?:\\s+on)?|posted(?:\\s+on)?"
            + "|" + BylineWords.WRITTEN_BY_LABEL_PATTERN
            + "|ver[öo]ffentlicht(?:\\s+am)?|aktualisiert(?:\\s+am)?|datum"
            + "|publi[ée](?:\\s+le)?|mis\\s+[àa]\\s+jour(?:\\s+le)?"
            + "|publicado(?:\\s+(?:el|em))?|actualizado(?:\\s+el)?|atualizado(?:\\s+em)?|fecha|data"
            + "|pubblicato(?:\\s+il)?|aggiornato(?:\\s+il)?"
            + "|gepubliceerd(?:\\s+op)?|bijgewerkt(?:\\s+op)?"
            + ")\\s*[:：]?$");
    /** A label is short: longer lines are not tried. */
    private static final int MAX_CHARS = 30;

    private MetaLabels() {
    }

    /**
     * @param text a line of text
     * @return true when the whole line is a byline's or a date's label
     */
    static boolean isLabel(String text) {
        String t = text.strip();
        return t.length() <= MAX_CHARS && LABEL.matcher(t).matches();
    }
}
