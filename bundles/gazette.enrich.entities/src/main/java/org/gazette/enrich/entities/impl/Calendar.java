package org.gazette.enrich.entities.impl;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Month and weekday names and number words, as written in English news.
 */
final class Calendar {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("jan", 1), Map.entry("february", 2), Map.entry("feb", 2),
            Map.entry("march", 3), Map.entry("mar", 3), Map.entry("april", 4), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("jun", 6), Map.entry("july", 7),
            Map.entry("jul", 7), Map.entry("august", 8), Map.entry("aug", 8), Map.entry("september", 9),
            Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("october", 10), Map.entry("oct", 10),
            Map.entry("november", 11), Map.entry("nov", 11), Map.entry("december", 12), Map.entry("dec", 12));

    private static final Map<String, DayOfWeek> WEEKDAYS = Map.ofEntries(
            Map.entry("monday", DayOfWeek.MONDAY), Map.entry("mon", DayOfWeek.MONDAY),
            Map.entry("tuesday", DayOfWeek.TUESDAY), Map.entry("tue", DayOfWeek.TUESDAY), Map.entry("tues", DayOfWeek.TUESDAY),
            Map.entry("wednesday", DayOfWeek.WEDNESDAY), Map.entry("wed", DayOfWeek.WEDNESDAY),
            Map.entry("thursday", DayOfWeek.THURSDAY), Map.entry("thu", DayOfWeek.THURSDAY),
            Map.entry("thur", DayOfWeek.THURSDAY), Map.entry("thurs", DayOfWeek.THURSDAY),
            Map.entry("friday", DayOfWeek.FRIDAY), Map.entry("fri", DayOfWeek.FRIDAY),
            Map.entry("saturday", DayOfWeek.SATURDAY), Map.entry("sat", DayOfWeek.SATURDAY),
            Map.entry("sunday", DayOfWeek.SUNDAY), Map.entry("sun", DayOfWeek.SUNDAY));

    private static final Map<String, Integer> NUMBERS = Map.ofEntries(
            Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("fifteen", 15), Map.entry("twenty", 20), Map.entry("thirty", 30),
            Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("hundred", 100), Map.entry("several", 3),
            Map.entry("few", 3), Map.entry("couple", 2));

    private Calendar() {
    }

    /**
     * @param t a token
     * @return its month 1-12 when it is a capitalised month name or abbreviation ("Sept."), else 0
     */
    static int month(Token t) {
        if (!t.isCapital() && !t.caseless) {
            return 0;
        }
        Integer m = MONTHS.get(lowerBare(t.text));
        if (m == null) {
            return 0;
        }
        // "Mar", "May" and "Sun" need more context than their letters; abbreviations need their period or 3 letters
        return m;
    }

    /**
     * "Sun Valley", "Sun City", "Sat Nav": a weekday's short form without its period, written in mixed
     * case and followed by a capitalised word that is no date word, opens a name, not a date ("Sun 10-4",
     * "Sat, Sun" stay weekdays).
     *
     * @return whether the weekday abbreviation at {@code i} is the first word of a name
     */
    static boolean weekdayAbbreviationInName(List<Token> tokens, int i, int limit) {
        Token t = tokens.get(i);
        if (t.shape != Token.Shape.CAPITALISED || t.text.length() > 4 || t.text.endsWith(".") || i + 1 >= limit) {
            return false;
        }
        Token next = tokens.get(i + 1);
        return next.shape == Token.Shape.CAPITALISED && !next.sentenceStart && weekday(next) == null && month(next) == 0;
    }

    /** @return the weekday of a capitalised weekday name, or {@code null} */
    static DayOfWeek weekday(Token t) {
        if (!t.isCapital() && !t.caseless) {
            return null;
        }
        return WEEKDAYS.get(lowerBare(t.text));
    }

    /** @return the value of a number word or numeral ("three", "3"), or -1 */
    static int count(Token t) {
        if (t.shape == Token.Shape.NUMBER) {
            return digits(t.text, 0, t.text.length());
        }
        Integer n = NUMBERS.get(t.text.toLowerCase(Locale.ROOT));
        return n == null ? -1 : n;
    }

    /** @return the day of a "21", "21st", "3rd" token, or 0 */
    static int day(Token t) {
        if (t.shape != Token.Shape.NUMBER) {
            return 0;
        }
        String s = t.text;
        int end = s.length();
        if (end > 2 && (s.endsWith("st") || s.endsWith("nd") || s.endsWith("rd") || s.endsWith("th"))) {
            end -= 2;
        }
        if (end > 2) {
            return 0;
        }
        int d = digits(s, 0, end);
        return d >= 1 && d <= 31 ? d : 0;
    }

    /** @return the year of a four-digit token between 1000 and 2199, or 0 */
    static int year(Token t) {
        if (t.shape != Token.Shape.NUMBER || t.text.length() != 4) {
            return 0;
        }
        int y = digits(t.text, 0, 4);
        return y >= 1000 && y <= 2199 ? y : 0;
    }

    /** @return the number written by the digits {@code s[from, to)}, or -1 when one is not a digit */
    static int digits(String s, int from, int to) {
        if (to <= from || to - from > 9) {
            return -1;
        }
        int n = 0;
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    private static String lowerBare(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
    }
}
