package org.gazette.parse.text.impl;

import java.util.regex.Pattern;

import org.gazette.text.WrittenDates;

/**
 * The date in the dateline that opens wire copy and press releases: "PORT ALDWIN, Maine, March 14, 2025
 * /PRNewswire/ -- The harbour ...", "BERLIN, 14. März 2025 (dpa) - Der ...". The dateline ends at the first
 * spaced dash; the wire's tag and the agency in parentheses are no part of the date, nor are the places
 * before it. A dateline without a year ("LONDON, March 14 (Reuters) -") gives none.
 */
final class Datelines {

    /** A dateline ends within this many characters. */
    private static final int MAX_DATELINE = 160;
    private static final Pattern END = Pattern.compile("\\s(?:--|-|\u2013|\u2014)\\s");
    private static final Pattern TAGS = Pattern.compile("/\\s*\\p{L}[\\p{L}\\s.-]{1,30}/|\\([^)]{1,40}\\)");

    private Datelines() {
    }

    /** @return whether the text is a dateline's place: letters in capitals ("PORT ALDWIN", "BERLIN", "SÃO PAULO") */
    private static boolean isPlace(String text) {
        return text.codePoints().anyMatch(Character::isLetter) && text.codePoints().noneMatch(Character::isLowerCase);
    }

    /** @return the date of the paragraph's dateline as ISO-8601, or {@code null} when it opens with none */
    static String date(String paragraph) {
        var end = END.matcher(paragraph.substring(0, Math.min(paragraph.length(), MAX_DATELINE)));
        if (!end.find()) {
            return null;
        }
        String head = TAGS.matcher(paragraph.substring(0, end.start())).replaceAll(" ").trim();
        int comma = head.indexOf(',');
        if (comma < 2 || !isPlace(head.substring(0, comma))) {
            return null; // "In Port Aldwin, 14 March 2019 - the night of the storm -" is a sentence, not a dateline
        }
        for (int from = 0; from >= 0; from = head.indexOf(", ", from) < 0 ? -1 : head.indexOf(", ", from) + 2) {
            String date = WrittenDates.parse(head.substring(from).replaceFirst("[,\\s]+$", ""));
            if (date != null) {
                return date;
            }
        }
        return null;
    }
}
