package org.gazette.text;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The offsets of the time-zone abbreviations that news sites print after a time ("Dec 19, 2025
 * 1:06 PM EST", "14/09/2023 12:00 CEST", "12:00 MSK", "11:02 BST", "12:00 UTC+8"). Only an
 * abbreviation with one common meaning and one offset has one. A US zone written without its
 * season ("ET", "CT", "MT", "PT") takes the offset its zone has on that date ("Mar. 3, 2025 5:00 PM
 * ET" is -05:00, "July 3" -04:00). "IST" (India, Ireland, Israel) and "AST" (Atlantic, Arabia) name
 * more than one zone: a time with one of those is read as a local time rather than as no date.
 */
final class ZoneAbbreviations {

    private static final Map<String, String> OFFSETS = Map.ofEntries(
            Map.entry("wet", "+00:00"), Map.entry("west", "+01:00"), Map.entry("bst", "+01:00"),
            Map.entry("cet", "+01:00"), Map.entry("cest", "+02:00"), Map.entry("mez", "+01:00"), Map.entry("mesz", "+02:00"),
            Map.entry("eet", "+02:00"), Map.entry("eest", "+03:00"), Map.entry("msk", "+03:00"), Map.entry("trt", "+03:00"),
            Map.entry("pkt", "+05:00"), Map.entry("wib", "+07:00"), Map.entry("hkt", "+08:00"), Map.entry("sgt", "+08:00"),
            Map.entry("awst", "+08:00"), Map.entry("jst", "+09:00"), Map.entry("kst", "+09:00"), Map.entry("acst", "+09:30"),
            Map.entry("aest", "+10:00"), Map.entry("aedt", "+11:00"), Map.entry("nzst", "+12:00"), Map.entry("nzdt", "+13:00"),
            Map.entry("brt", "-03:00"), Map.entry("art", "-03:00"), Map.entry("edt", "-04:00"), Map.entry("est", "-05:00"),
            Map.entry("cdt", "-05:00"), Map.entry("cst", "-06:00"), Map.entry("mdt", "-06:00"), Map.entry("mst", "-07:00"),
            Map.entry("pdt", "-07:00"), Map.entry("pst", "-08:00"), Map.entry("akdt", "-08:00"), Map.entry("akst", "-09:00"),
            Map.entry("hst", "-10:00"));

    /** The US zones news sites name without their season, as the time zones whose rules give the offset on a date. */
    private static final Map<String, ZoneId> SEASONLESS = Map.of("et", ZoneId.of("America/New_York"),
            "ct", ZoneId.of("America/Chicago"), "mt", ZoneId.of("America/Denver"), "pt", ZoneId.of("America/Los_Angeles"));

    /** Abbreviations without an offset of their own: more than one zone ("IST", "AST"), or no season ("ET"). */
    private static final String LOCAL_TIME = "ist|ast|[ecmp]t";

    /**
     * The abbreviations as a regular expression alternation, longest first, and "UTC+8",
     * "GMT-03:00" (case is the caller's flag).
     */
    static final String PATTERN = "(?:utc|gmt)[+-]\\d{1,2}(?::?\\d{2})?|"
            + OFFSETS.keySet().stream().sorted((a, b) -> b.length() - a.length()).collect(Collectors.joining("|"))
            + "|" + LOCAL_TIME;

    private ZoneAbbreviations() {
    }

    /**
     * @param zone an abbreviation of {@link #PATTERN}, or "UTC+8", any case
     * @return its offset, or {@code null} when it is not one of them, has more than one meaning
     *         ("IST") or changes with the season ("ET")
     */
    static ZoneOffset offset(String zone) {
        String z = zone.toLowerCase(Locale.ROOT);
        if ((z.startsWith("utc") || z.startsWith("gmt")) && z.length() > 3) {
            return fromHours(z.substring(3));
        }
        String offset = OFFSETS.get(z);
        return offset == null ? null : ZoneOffset.of(offset);
    }

    /**
     * @param zone an abbreviation of {@link #PATTERN}, or "UTC+8", any case
     * @param local the date and time it was written after
     * @return its offset then: a season-less US zone's ("ET") from its rules on that date, any other as
     *         {@link #offset(String)} gives it; {@code null} for "IST" or "AST"
     */
    static ZoneOffset offset(String zone, LocalDateTime local) {
        ZoneId seasonless = SEASONLESS.get(zone.toLowerCase(Locale.ROOT));
        return seasonless != null ? seasonless.getRules().getOffset(local) : offset(zone);
    }

    /**
     * @param offset a sign, hours of one or two digits and optional minutes, with or without a colon
     *        ("+8", "+5:30", "-0300")
     * @return the offset, or {@code null} when there is none such ("+25")
     */
    private static ZoneOffset fromHours(String offset) {
        String digits = offset.substring(1).replace(":", "");
        int hours = Integer.parseInt(digits.length() > 2 ? digits.substring(0, digits.length() - 2) : digits);
        int minutes = digits.length() > 2 ? Integer.parseInt(digits.substring(digits.length() - 2)) : 0;
        int sign = offset.charAt(0) == '-' ? -1 : 1;
        try {
            return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
