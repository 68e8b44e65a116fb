package org.gazette.enrich.entities.impl;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds dates in tokens and normalises them to ISO-8601 ({@code 2024-05-14}, {@code 2024-05},
 * {@code 2024}, {@code 2024-W20}): written dates in the usual orders, numeric dates, years in
 * context, and relative dates ("on Wednesday", "last year", "three days ago", "yesterday")
 * resolved against the publication date by {@link RelativeDateFinder}. A relative date has no value when the publication date
 * is not known. A bare weekday or month is read as the past unless the sentence speaks of the
 * future ("will", "next", "scheduled").
 */
final class DateFinder {

    /** A date found: its length in tokens, ISO value (or {@code null}) and confidence. */
    record Match(int length, String value, double confidence) {
    }

    private static final Set<String> YEAR_CUES = Set.of("in", "since", "by", "of", "until", "till", "from", "to",
            "between", "and", "during", "before", "after", "early", "late", "mid", "around", "circa", "year",
            "the", "through", "throughout", "summer", "winter", "spring", "autumn", "fall", "as", "for", "at", "on");
    private static final Set<String> WEAK_YEAR_CUES = Set.of("and", "to", "the", "as", "for", "at", "on", "of", "around");
    private static final Set<String> AFTER_YEAR_OK = Set.of("and", "or", "to", "when", "as", "through", "until",
            "till", "with", "at", "in", "on", "for", "the", "was", "were", "had", "has", "saw", "is", "he", "she",
            "they", "we", "it", "i", "after", "before", "but", "a", "election", "elections", "season", "census");
    private static final Set<String> MONTH_CUES = Set.of("in", "of", "since", "until", "till", "by", "early", "late",
            "mid", "last", "next", "this", "during", "through", "from", "to", "between", "before", "after", "on",
            "and", "or", "throughout", "that", "every");

    /** How far (in tokens) a year written in the text sets the year of a later date without one. */
    private static final int YEAR_CONTEXT_TOKENS = 120;
    private static final Set<String> RANGE_WORDS = Set.of("and", "to", "through", "till", "until", "-", "–");

    private final LocalDate published;
    private final RelativeDateFinder relative;
    /** The last year written in the text ("in 1831", "July 1831") and its token, for "on July 14" after it. */
    private int contextYear;
    private int contextYearAt = -1;

    /** @param published the publication date relative dates are resolved against, or {@code null} */
    DateFinder(LocalDate published) {
        this.published = published;
        this.relative = new RelativeDateFinder(published);
    }

    /**
     * @param tokens the tokens
     * @param i where to look
     * @param future whether the sentence of token {@code i} speaks of the future
     * @return the date starting at {@code i}, or {@code null}
     */
    Match match(List<Token> tokens, int i, boolean future) {
        Token t = tokens.get(i);
        switch (t.shape) {
            case NUMBER:
                return number(tokens, i, future);
            case CAPITALISED:
            case UPPER:
            case LOWER:
                Match m = named(tokens, i, future);
                return m != null ? m : relative.match(tokens, i);
            default:
                return null;
        }
    }

    // ---- written dates

    private Match named(List<Token> tokens, int i, boolean future) {
        Token t = tokens.get(i);
        DayOfWeek weekday = Calendar.weekday(t);
        if (weekday != null && (t.text.length() > 4 || t.text.endsWith("."))) {
            int j = i + 1;
            if (j < tokens.size() && tokens.get(j).isPunct(',')) {
                j++;
            }
            if (j < tokens.size()) {
                Match absolute = monthFirst(tokens, j, future);
                if (absolute == null) {
                    absolute = dayFirst(tokens, j, future);
                }
                if (absolute != null && absolute.value() != null && absolute.value().length() == 10) {
                    return new Match(j - i + absolute.length(), absolute.value(), 0.95);
                }
            }
            return new Match(1, relative.weekday(weekday, future), 0.75);
        }
        return monthFirst(tokens, i, future);
    }

    /** "October 21, 2007", "Oct. 21", "October 2007", "October" (with a cue before it). */
    private Match monthFirst(List<Token> tokens, int i, boolean future) {
        int month = Calendar.month(tokens.get(i));
        if (month == 0) {
            return null;
        }
        boolean full = tokens.get(i).text.length() > 4 || "May".equals(tokens.get(i).text) || "June".equals(tokens.get(i).text)
                || "July".equals(tokens.get(i).text);
        int j = i + 1;
        if (j < tokens.size() && tokens.get(j).isPunct('.')) {
            j++;
        }
        if (j < tokens.size()) {
            int day = Calendar.day(tokens.get(j));
            if (day > 0) {
                int k = j + 1;
                if (k < tokens.size() && tokens.get(k).isPunct(',')) {
                    k++;
                }
                if (k < tokens.size() && Calendar.year(tokens.get(k)) > 0) {
                    return new Match(k - i + 1, ymd(written(Calendar.year(tokens.get(k)), k), month, day), 0.95);
                }
                return new Match(j - i + 1, monthDay(month, day, future, i), 0.9);
            }
            int k = j;
            if ((tokens.get(k).isPunct(',') || tokens.get(k).is("of")) && k + 1 < tokens.size()) {
                k++; // "October, 2007", "December of 384"
            }
            if (Calendar.year(tokens.get(k)) > 0) {
                return new Match(k - i + 1, ym(written(Calendar.year(tokens.get(k)), k), month), 0.9);
            }
        }
        if (full && i > 0 && MONTH_CUES.contains(tokens.get(i - 1).text.toLowerCase(Locale.ROOT))) {
            String prev = tokens.get(i - 1).text.toLowerCase(Locale.ROOT);
            int rangeYear = rangeEndYear(tokens, i);
            if (rangeYear > 0) {
                return new Match(1, ym(rangeYear, month), 0.8); // "from March to August 2011"
            }
            if (habitualRange(tokens, i)) {
                return new Match(1, String.format(Locale.ROOT, "--%02d", month), 0.8); // "between June and November"
            }
            int year = published == null ? 0 : published.getYear();
            if ("last".equals(prev) || "next".equals(prev) || "this".equals(prev) || recentYear(i) == 0) {
                if (year > 0 && ("next".equals(prev) || future && month < published.getMonthValue())) {
                    year++;
                } else if (year > 0 && "last".equals(prev) && month >= published.getMonthValue()) {
                    year--;
                }
            } else {
                year = recentYear(i);
            }
            return new Match(1, year > 0 ? ym(year, month) : null, 0.8);
        }
        return null;
    }

    /** "21 October 2007", "16th of December", "21 Oct". */
    private Match dayFirst(List<Token> tokens, int i, boolean future) {
        int day = Calendar.day(tokens.get(i));
        if (day == 0) {
            return null;
        }
        int j = i + 1;
        if (j < tokens.size() && tokens.get(j).is("of")) {
            j++;
        }
        if (j >= tokens.size()) {
            return null;
        }
        int month = Calendar.month(tokens.get(j));
        if (month == 0) {
            return null;
        }
        int k = j + 1;
        if (k < tokens.size() && tokens.get(k).isPunct(',')) {
            k++;
        }
        if (k < tokens.size() && Calendar.year(tokens.get(k)) > 0) {
            return new Match(k - i + 1, ymd(written(Calendar.year(tokens.get(k)), k), month, day), 0.95);
        }
        return new Match(j - i + 1, monthDay(month, day, future, i), 0.9);
    }

    private Match number(List<Token> tokens, int i, boolean future) {
        Token t = tokens.get(i);
        Match dayFirst = dayFirst(tokens, i, future);
        if (dayFirst != null) {
            return dayFirst;
        }
        String iso = numeric(t.text);
        if (iso != null) {
            return new Match(1, iso, 0.9);
        }
        int year = Calendar.year(t);
        if (year > 0) {
            return year(tokens, i, year);
        }
        String s = t.text;
        if (s.length() == 5 && s.endsWith("s") && s.charAt(3) == '0' && Calendar.digits(s, 0, 4) >= 1000) {
            return new Match(1, null, 0.8); // the 1990s
        }
        return relative.ago(tokens, i);
    }

    private Match year(List<Token> tokens, int i, int year) {
        if (i > 0) {
            Token prev = tokens.get(i - 1);
            if (prev.isPunct('$') || prev.isPunct('£') || prev.isPunct('€') || prev.isPunct('#')
                    || "No.".equals(prev.text) || "page".equalsIgnoreCase(prev.text)) {
                return null;
            }
        }
        String prev = i > 0 ? tokens.get(i - 1).text.toLowerCase(Locale.ROOT) : "";
        boolean cue = YEAR_CUES.contains(prev);
        boolean strongCue = cue && !WEAK_YEAR_CUES.contains(prev);
        Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
        boolean nextOk = next == null || next.shape != Token.Shape.LOWER
                || AFTER_YEAR_OK.contains(next.text.toLowerCase(Locale.ROOT));
        if (!strongCue && !nextOk || year < 1500 && !cue) {
            return null; // "1500 troops", "and 2000 people"
        }
        return new Match(1, String.valueOf(written(year, i)), 0.85);
    }

    /** Notes a year written at token {@code at} as the context of later dates without one; returns it. */
    private int written(int year, int at) {
        contextYear = year;
        contextYearAt = at;
        return year;
    }

    /** @return the year written shortly before token {@code i}, or 0 */
    private int recentYear(int i) {
        return contextYearAt >= 0 && i - contextYearAt <= YEAR_CONTEXT_TOKENS ? contextYear : 0;
    }

    /** "from March to August 2011": the year after the second month of a range, or 0. */
    private static int rangeEndYear(List<Token> tokens, int i) {
        if (i + 3 < tokens.size() && RANGE_WORDS.contains(tokens.get(i + 1).text) && Calendar.month(tokens.get(i + 2)) > 0) {
            return Calendar.year(tokens.get(i + 3));
        }
        return 0;
    }

    /**
     * "between June and November", "from May to September" with no year anywhere near: a time of
     * every year (ISO-8601 "--06"), not a month of one year.
     */
    private boolean habitualRange(List<Token> tokens, int i) {
        boolean first = i + 2 < tokens.size() && RANGE_WORDS.contains(tokens.get(i + 1).text)
                && Calendar.month(tokens.get(i + 2)) > 0 && tokens.get(i + 2).text.length() > 2
                && (i + 3 >= tokens.size() || Calendar.year(tokens.get(i + 3)) == 0 && Calendar.day(tokens.get(i + 3)) == 0)
                && isAny(tokens.get(i - 1), "between", "from");
        boolean second = i >= 3 && RANGE_WORDS.contains(tokens.get(i - 1).text) && Calendar.month(tokens.get(i - 2)) > 0
                && isAny(tokens.get(i - 3), "between", "from")
                && (i + 1 >= tokens.size() || Calendar.year(tokens.get(i + 1)) == 0 && Calendar.day(tokens.get(i + 1)) == 0);
        return (first || second) && recentYear(i) == 0;
    }

    private static boolean isAny(Token t, String a, String b) {
        return t.text.equalsIgnoreCase(a) || t.text.equalsIgnoreCase(b);
    }

    /** "2007-10-21", "2007/10/21", "10/21/2007", "21/10/2007", "21.10.2007". */
    static String numeric(String s) {
        if (s.length() == 10 && (s.charAt(4) == '-' || s.charAt(4) == '/') && s.charAt(7) == s.charAt(4)) {
            return valid(Calendar.digits(s, 0, 4), Calendar.digits(s, 5, 7), Calendar.digits(s, 8, 10));
        }
        int a = s.indexOf('/') > 0 ? s.indexOf('/') : s.indexOf('.');
        if (a <= 0 || a > 2) {
            return null;
        }
        char sep = s.charAt(a);
        int b = s.indexOf(sep, a + 1);
        if (b <= a + 1 || b > a + 3 || s.length() - b - 1 != 4) {
            return null;
        }
        int first = Calendar.digits(s, 0, a);
        int second = Calendar.digits(s, a + 1, b);
        int year = Calendar.digits(s, b + 1, s.length());
        if (sep == '/' && first <= 12) {
            return valid(year, first, second); // US order
        }
        return valid(year, second, first);
    }

    private static String valid(int year, int month, int day) {
        if (year < 1000 || month < 1 || month > 12 || day < 1 || day > 31) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day).toString();
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private String monthDay(int month, int day, boolean future, int i) {
        if (recentYear(i) > 0) {
            return valid(recentYear(i), month, day); // "in 1831 ... on July 14"
        }
        if (published == null) {
            return null;
        }
        int year = published.getYear();
        String value = valid(year, month, day);
        if (value != null && future && LocalDate.parse(value).isBefore(published)) {
            value = valid(year + 1, month, day);
        }
        return value;
    }

    private static String ymd(int year, int month, int day) {
        return valid(year, month, day);
    }

    static String ym(int year, int month) {
        return String.format(Locale.ROOT, "%04d-%02d", year, month);
    }
}
