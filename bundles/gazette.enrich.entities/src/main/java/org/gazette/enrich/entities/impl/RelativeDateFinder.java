package org.gazette.enrich.entities.impl;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.gazette.enrich.entities.impl.DateFinder.Match;

/**
 * Dates written relative to the publication date: "today", "yesterday", "last week", "next
 * Tuesday", "this year", "three days ago", and the weekday of a bare "Wednesday". Without a
 * publication date they are still found, with no value.
 */
final class RelativeDateFinder {
    private static final Set<String> UNITS = Set.of("day", "days", "week", "weeks", "month", "months", "year", "years",
            "decade", "decades");

    private final LocalDate published;

    /** @param published the publication date, or {@code null} */
    RelativeDateFinder(LocalDate published) {
        this.published = published;
    }

    /**
     * @param tokens the tokens
     * @param i where to look
     * @return the relative date starting at {@code i}, or {@code null}
     */
    Match match(List<Token> tokens, int i) {
        String w = tokens.get(i).text.toLowerCase(Locale.ROOT);
        switch (w) {
            case "today":
            case "tonight":
                return new Match(1, day(0), 0.85);
            case "yesterday":
                return new Match(1, day(-1), 0.9);
            case "tomorrow":
                return new Match(1, day(1), 0.9);
            case "last":
            case "next":
            case "this":
            case "past":
                return modified(tokens, i, w, 1);
            case "earlier":
            case "later":
                if (i + 2 < tokens.size() && tokens.get(i + 1).is("this")) {
                    return modified(tokens, i + 1, "this", 2);
                }
                return null;
            default:
                return ago(tokens, i);
        }
    }

    /** "last week", "next Tuesday", "this year", "last night", "this morning". */
    private Match modified(List<Token> tokens, int i, String modifier, int extra) {
        if (i + 1 >= tokens.size()) {
            return null;
        }
        Token unit = tokens.get(i + 1);
        String u = unit.text.toLowerCase(Locale.ROOT);
        int shift = "last".equals(modifier) || "past".equals(modifier) ? -1 : "next".equals(modifier) ? 1 : 0;
        if ("past".equals(modifier) && !"week".equals(u) && !"month".equals(u) && !"year".equals(u)) {
            return null;
        }
        DayOfWeek weekday = Calendar.weekday(unit);
        if (weekday != null) {
            Direction d = shift < 0 ? Direction.BEFORE : shift > 0 ? Direction.AFTER : Direction.ON_OR_AFTER;
            return new Match(extra + 1, weekday(weekday, d), 0.85);
        }
        if (Calendar.month(unit) > 0 && unit.text.length() > 3) {
            int month = Calendar.month(unit);
            if (published == null) {
                return new Match(extra + 1, null, 0.8);
            }
            int year = published.getYear();
            if (shift < 0 && month >= published.getMonthValue()) {
                year--;
            } else if (shift > 0 && month <= published.getMonthValue()) {
                year++;
            }
            return new Match(extra + 1, DateFinder.ym(year, month), 0.85);
        }
        switch (u) {
            case "night":
                return shift == 1 ? null : new Match(extra + 1, day(shift < 0 ? -1 : 0), 0.85);
            case "morning":
            case "afternoon":
            case "evening":
                return shift != 0 ? null : new Match(extra + 1, day(0), 0.85);
            case "week":
            case "weekend":
                return new Match(extra + 1, published == null ? null : week(published.plusWeeks(shift)), 0.8);
            case "month":
                return new Match(extra + 1, published == null ? null : DateFinder.ym(published.plusMonths(shift).getYear(),
                        published.plusMonths(shift).getMonthValue()), 0.8);
            case "year":
                return new Match(extra + 1, published == null ? null : String.valueOf(published.getYear() + shift), 0.85);
            default:
                return null;
        }
    }

    /** "three days ago", "2 weeks ago", "a year ago". */
    Match ago(List<Token> tokens, int i) {
        if (i + 2 >= tokens.size() || !tokens.get(i + 2).is("ago")) {
            return null;
        }
        int n = Calendar.count(tokens.get(i));
        String unit = tokens.get(i + 1).text.toLowerCase(Locale.ROOT);
        if (n <= 0 || n > 10000 || !UNITS.contains(unit)) {
            return null;
        }
        if (published == null) {
            return new Match(3, null, 0.8);
        }
        String value;
        if (unit.startsWith("day")) {
            value = published.minusDays(n).toString();
        } else if (unit.startsWith("week")) {
            value = published.minusWeeks(n).toString();
        } else if (unit.startsWith("month")) {
            LocalDate d = published.minusMonths(n);
            value = DateFinder.ym(d.getYear(), d.getMonthValue());
        } else if (unit.startsWith("year")) {
            value = String.valueOf(published.getYear() - n);
        } else {
            value = String.valueOf(published.getYear() - 10 * n);
        }
        return new Match(3, value, 0.85);
    }

    /**
     * @param weekday a weekday named alone ("on Wednesday")
     * @param future whether the sentence speaks of the future
     * @return that weekday on or after the publication date when the sentence speaks of the
     *         future, else on or before it; {@code null} without a publication date
     */
    String weekday(DayOfWeek weekday, boolean future) {
        return weekday(weekday, future ? Direction.ON_OR_AFTER : Direction.ON_OR_BEFORE);
    }

    private enum Direction {
        BEFORE, ON_OR_BEFORE, ON_OR_AFTER, AFTER
    }

    private String weekday(DayOfWeek weekday, Direction direction) {
        if (published == null) {
            return null;
        }
        int diff = weekday.getValue() - published.getDayOfWeek().getValue();
        int days;
        switch (direction) {
            case BEFORE:
                days = diff >= 0 ? diff - 7 : diff;
                break;
            case ON_OR_BEFORE:
                days = diff > 0 ? diff - 7 : diff;
                break;
            case ON_OR_AFTER:
                days = diff < 0 ? diff + 7 : diff;
                break;
            default:
                days = diff <= 0 ? diff + 7 : diff;
                break;
        }
        return published.plusDays(days).toString();
    }

    private String day(int offset) {
        return published == null ? null : published.plus(offset, ChronoUnit.DAYS).toString();
    }

    private static String week(LocalDate date) {
        return String.format(Locale.ROOT, "%04d-W%02d", date.get(IsoFields.WEEK_BASED_YEAR),
                date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
