package org.gazette.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a date as people write it in an article, optionally with a time and an offset, and
 * returns it as ISO-8601 the way {@link IsoDates} writes it: {@code 2023-09-14},
 * {@code 2023-09-14T14:30:00} or {@code 2023-09-14T14:30:00+02:00}.
 * <p>
 * Accepted: the dates {@link IsoDates} reads, after an optional dateline place in capitals
 * ("PORT ALDWIN, Tuesday 6 February 2024"), "14 September 2023", "14. September 2023",
 * "14 de septiembre de 2023", "2023年9月14日 12時00分", "2023년 9월 14일 오후 3:20", "14 Sep, 2023", "14-Sep-2023", "04-ago-2021",
 * "14.Sep.2023", "14th September 2023", "the 14th of September 2023", "14 сентября 2023 г.", "September 14, 2023",
 * "Sept. 14, 2023", "September 14. 2023", "14. září 2023", "14 בספטמבר 2023", "2023. szeptember 14. 12:00",
 * "14 september 2023 kl. 12.00", "14. syyskuuta 2023 klo 12.00", "13.09.2023", "13-09-2023", "09/13/2023" (in the page's {@link DateOrder}: without one, slashes
 * are read month first and dots and dashes day first; a number over 12 is the day in any order) and year first "2025.12.17", "2025. 12. 17.", "2025/12/17", each with
 * an optional label ("Published:", "Last updated on", "Veröffentlicht am", "Stand:", "Publié le", "Pubblicato il", "Publicado em", "Gepubliceerd op",
 * "Opublikowano:", "Опубликовано:", "Güncelleme:", "发布时间：", "公開日：", "입력", "نُشر في"), weekday ("Thursday,", "on Friday") and time
 * ("14:30", "2:30 pm", "9h05", "14.30 Uhr", "09:41h", "09:41 hs", "@ 08:00") and zone ("UTC", "GMT", "Z", "+02:00", and abbreviations:
 * "EST", "CEST", "MSK", "UTC+8", also in parentheses, "(GMT+7)"; "PT" has the offset of its zone on that date, "IST" leaves the time
 * local: {@link ZoneAbbreviations}); the time and its zone may also come first, as US and British news templates print
 * them ("Updated 9:42 PM EDT, Fri March 14, 2025", "PUBLISHED: 10:30 EST, 14 March 2025"). Month names
 * are {@link Months}'; Arabic-Indic digits read as digits ("١٤ سبتمبر ٢٠٢٣ - ١٢:٠٠"); Thai dates in
 * the Buddhist era ("14 ก.ย. 2566 12:00 น.") give the common era's year. A year before 1600 is read as no date: the Solar Hijri
 * ("۲۳ شهریور ۱۴۰۲", "۱۴۰۲/۰۶/۲۳") or Islamic year of Iranian and Arab sites, which print the Gregorian date beside it or
 * declare it. The whole text must be the date: a sentence that mentions one is not read; but when the page says after the
 * date that the text changed ("Publié le 12 mars 2025 à 08h15, mis à jour à 10h40", "March 12, 2025 | Updated 10:40 am",
 * "12 maart 2025, 09:15 Bijgewerkt: 11:30") or where the text came from ("2025-03-14 11:20 来源：晨光日报"), the date
 * before it is the publication's.
 */
public final class WrittenDates {

    private static final int MAX_TEXT = 80;
    /**
     * What a date line says after the publication date: when the text changed ("..., updated 10:40", "09:15 Bijgewerkt:
     * 11:30"), or where it came from and who wrote it, as Chinese date lines do ("2025-03-14 11:20 来源：晨光日报 作者：李华").
     */
    private static final Pattern AFTER_DATE = Pattern.compile("(?iu)\\s*(?:[,;|\u00B7]|\\s[-\u2013\u2014]|\\s)\\s*(?:(?:(?:last\\s+)?updated"
            + "|modified|mis à jour|actualizado|aktualisiert|atualizado|aggiornato|bijgewerkt)\\b"
            + "|source\\s*:|来源|來源|作者|编辑|編輯).*$");
    private static final String LABEL = "(?:(?:(?:last\\s+)?(?:published|updated|modified|posted|submitted)(?:\\s+(?:on|date))?|date"
            + "|veröffentlicht(?:\\s+am)?|aktualisiert(?:\\s+am)?|stand(?=\\s*:)|datum|publicado(?:\\s+(?:el|em))?|actualizado(?:\\s+el)?|fecha"
            + "|publié le|publié|mis à jour le|pubblicato(?:\\s+il)?|aggiornato(?:\\s+il)?"
            + "|atualizado(?:\\s+em)?|gepubliceerd(?:\\s+op)?|bijgewerkt(?:\\s+op)?"
            // Polish, Russian, Turkish, Chinese, Japanese, Korean, Hindi
            + "|opublikowano|aktualizacja|data publikacji|опубликовано|обновлено|дата публикации"
            + "|yayınlanma(?:\\s+tarihi)?|güncelleme(?:\\s+tarihi)?|giriş|发布时间|发布日期|更新时间|公開日|更新日|配信日?"
            + "|기사\\s?입력|입력|수정|등록|업데이트|अपडेटेड|अपडेट|प्रकाशित(?:\\s+तिथि)?"
            // Arabic: "published on", "publication date", "last updated"
            + "|نُ?شر(?:\\s+(?:في|بتاريخ))?|تاريخ النشر|آخر تحديث|تحديث"
            // Swedish, Czech, Hebrew, Persian, Hungarian, Romanian, Finnish
            + "|publicerad|uppdaterad|publikováno|aktualizováno|פורסם|עודכן|تاریخ انتشار|زمان انتشار"
            + "|publikálva|frissítve|publicat(?:\\s+(?:la|pe))?|actualizat|julkaistu|päivitetty)\\s*[:：]?\\s*)?";
    /** A dateline's place in capitals ("PORT ALDWIN, "), as agencies and papers start stories. */
    private static final String PLACE = "(?-i:(?:\\p{Lu}[\\p{Lu}\\p{M}\\s.'\u2019-]{1,40},\\s+)?)";
    /** The word for "year" that Russian, Ukrainian and Polish dates print after it: "14 сентября 2023 г.", "3 листопада 2023 р.", "14 września 2023 r.". */
    private static final String YEAR_WORD = "(?:\\s*(?:г\\.|года|р\\.|року|r\\.|roku)(?=[\\s,]|$))?";
    /**
     * A weekday, optionally after the preposition that sets a date in a sentence's place ("on
     * Friday December 19, 2025", "am Freitag, 19. Dezember 2025", "le vendredi 19 décembre 2025")
     * or with a dot ("Wed., January 21, 2026"), or of two words before a comma, as Vietnamese writes
     * it ("Thứ năm, 14/9/2023").
     */
    private static final String WEEKDAY = PLACE + "(?:(?:" + BylineWords.DATE_CONNECTOR_PATTERN + ")\\s+)?(?:\\p{L}+\\.?,?\\s+|\\p{L}+\\s\\p{L}+,\\s+)?";
    /**
     * A weekday printed after the date, as Turkish, Russian and Ukrainian sites do ("14 Mart 2025 Cuma 10:30",
     * "14.03.2025 Cuma", "14 марта 2025, пятница").
     */
    private static final String WEEKDAY_AFTER = "(?:,?\\s+(?:pazartesi|salı|çarşamba|perşembe|cuma|cumartesi|pazar"
            + "|понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|понеділок|вівторок|середа|четвер|п['\u2019]ятниця"
            + "|субота|неділя)(?=[\\s,]|$))?";
    /** A Thai month's abbreviation, letters with a dot after each part: "ก.ย.", "มี.ค.". */
    private static final String THAI_ABBREVIATION = "(?:[\\u0E01-\\u0E4E]+\\.){2}";
    /** A Buddhist-era year (Thai dates: 2566 is 2023) is this much ahead of the common era. */
    private static final int BUDDHIST_ERA = 543;
    private static final String TIME = "(?:,?\\s*(?:[-\u2013|\u2022\u00b7@/]\\s*)?(?:at|um|à|às|a las|a la|alle|ore|om|kl\\.|klo)?\\s*(\\d{1,2})[:.h](\\d{2})(?::(\\d{2}))?"
            + "\\s*(am|pm|a\\.m\\.|p\\.m\\.)?\\s*(?:uhr|hs?|น\\.)?)?\\s*\\(?(" + ZoneAbbreviations.PATTERN + "|z|utc|gmt|[+-]\\d{2}:?\\d{2})?\\)?";
    private static final Pattern ISO = Pattern.compile("(?iu)" + LABEL + "(\\d{4}-.*)");
    /** An ISO-8601 date and time with a zone's abbreviation, which ISO-8601 does not know: "2023-09-14 12:00 EST". */
    private static final Pattern ISO_ZONED = Pattern.compile("(?iu)" + LABEL
            + "(\\d{4})-(\\d{2})-(\\d{2})[T\\s](\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*(" + ZoneAbbreviations.PATTERN + ")");
    private static final Pattern DAY_MONTH = Pattern.compile("(?iu)" + LABEL + WEEKDAY
            + "(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?(?:\\.?\\s+(?:de\\s+|of\\s+)?|[-.])([\\p{L}\\p{M}]+|" + THAI_ABBREVIATION + ")(?:\\.?,?\\s+(?:de\\s+)?|[-.])(\\d{4})"
            + YEAR_WORD + WEEKDAY_AFTER + TIME);
    /** Year, month's name, day, as Hungarian writes dates: "2023. szeptember 14. 12:00", "2023. szept. 14.". */
    private static final Pattern YEAR_MONTH_DAY = Pattern.compile("(?iu)" + LABEL
            + "(\\d{4})\\.?\\s+(\\p{L}+)\\.?\\s+(\\d{1,2})\\.?,?" + TIME);
    /**
     * Years before this are no Gregorian publication dates: Iranian and Afghan sites print the Solar Hijri
     * year ("۱۴۰۲/۰۶/۲۳", 1402 being 2023), Arab ones sometimes the Islamic year (1445).
     */
    private static final int FIRST_GREGORIAN_YEAR = 1600;
    private static final Pattern MONTH_DAY = Pattern.compile("(?iu)" + LABEL + WEEKDAY
            + "(\\p{L}+)\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?[.,]?\\s+(\\d{4})" + TIME);
    private static final Pattern NUMERIC = Pattern.compile("(?iu)" + LABEL + WEEKDAY
            + "(\\d{1,2})[.-](\\d{1,2})[.-](\\d{4})" + WEEKDAY_AFTER + TIME);
    /** Year first with dots or slashes, as East Asian and Hungarian sites print dates: "2025.12.17", "2025. 12. 17.", "2025/12/17". */
    private static final Pattern YEAR_FIRST = Pattern.compile("(?iu)" + LABEL
            + "(\\d{4})([./])\\s?(\\d{1,2})\\2\\s?(\\d{1,2})\\.?" + TIME);
    /**
     * Chinese, Japanese and Korean: "2023年9月14日 12時00分", "2023年09月14日 12:00", "2023년 9월 14일 오후 3:20",
     * with an optional weekday ("(木)", "星期四", "목요일") and morning or afternoon (午前, 午後, 오전, 오후).
     */
    private static final Pattern EAST_ASIAN = Pattern.compile("(?iu)" + LABEL
            + "(\\d{4})\\s*[年년]\\s*(\\d{1,2})\\s*[月월]\\s*(\\d{1,2})\\s*[日일]"
            + "\\s*(?:[(（]\\p{L}{1,3}[)）]|\\p{L}{1,2}曜日|星期\\p{L}|\\p{L}요일)?"
            + "(?:\\s*(午前|午後|上午|下午|오전|오후)?\\s*(\\d{1,2})\\s*[:時时시点]\\s*(\\d{2})\\s*[分분]?)?\\s*(" + ZoneAbbreviations.PATTERN + "|z|utc|gmt|[+-]\\d{2}:?\\d{2})?");
    private static final java.util.Set<String> AFTERNOON = java.util.Set.of("午後", "下午", "오후");
    /**
     * The time first, then the date, as US and British news templates print it ("Updated 9:42 PM EDT, Fri March 14,
     * 2025", "Published 5:00 a.m. ET March 14, 2025", "PUBLISHED: 10:30 EST, 14 March 2025"): the label, the time with
     * its zone, and the date, which is read with the time moved after it.
     */
    private static final Pattern TIME_FIRST = Pattern.compile("(?iu)(" + LABEL + ")(\\d{1,2}[:.]\\d{2}(?::\\d{2})?"
            + "(?:\\s*(?:am|pm|a\\.m\\.|p\\.m\\.))?+(?:\\s*\\(?(?:" + ZoneAbbreviations.PATTERN + "|utc|gmt)\\)?(?!\\p{L}))?+)"
            + "\\s*[,|\u2022\u00b7]?\\s+(.+)");
    private static final Pattern SLASHED = Pattern.compile("(?iu)" + LABEL + WEEKDAY
            + "(\\d{1,2})/(\\d{1,2})/(\\d{4})" + TIME);

    private WrittenDates() {
    }

    /** @return the date, or {@code null} when there is none or its year is no Gregorian one ({@link #FIRST_GREGORIAN_YEAR}) */
    private static java.time.LocalDate date(String year, Integer month, String day) {
        return Integer.parseInt(year) < FIRST_GREGORIAN_YEAR ? null : IsoDates.date(year, month, day);
    }

    /**
     * @return the year in the common era: a Thai month's year counted from the Buddhist era ("14 ก.ย. 2566") less
     *         543, others as written
     */
    private static String commonEra(String year, String month) {
        int y = Integer.parseInt(year);
        return y > 2400 && month.charAt(0) >= '\u0E01' && month.charAt(0) <= '\u0E7F' ? String.valueOf(y - BUDDHIST_ERA) : year;
    }

    /**
     * @return the text with Arabic-Indic and Persian digits ("١٤ سبتمبر ٢٠٢٣", "۱۴") as the digits the
     *         patterns read, and the Arabic comma as a comma; the text itself when it has none
     */
    static String westernDigits(String text) {
        char[] chars = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char western = c >= '\u0660' && c <= '\u0669' ? (char) ('0' + c - '\u0660')
                    : c >= '\u06F0' && c <= '\u06F9' ? (char) ('0' + c - '\u06F0') : c == '\u060C' ? ',' : c;
            if (western != c) {
                chars = chars == null ? text.toCharArray() : chars;
                chars[i] = western;
            }
        }
        return chars == null ? text : new String(chars);
    }

    /**
     * @param text one trimmed line or a short text such as an element's, possibly {@code null}
     * @return the date in ISO-8601, or {@code null} when the text is not (only) a date, is longer
     *         than 80 characters, or names a date that does not exist ("31 February 2023")
     */
    public static String parse(String text) {
        return parse(text, DateOrder.UNKNOWN);
    }

    /**
     * @param text one trimmed line or a short text such as an element's, possibly {@code null}
     * @param order how the page orders day and month in numeric dates ("03/10/2023")
     * @return the date in ISO-8601, or {@code null} as {@link #parse(String)} says
     */
    public static String parse(String text, DateOrder order) {
        if (text == null || text.length() > MAX_TEXT || !hasDigit(text)) {
            return null; // every form has a year in digits: most texts tried (names, labels) stop here
        }
        String date = parseWhole(text, order);
        if (date == null) {
            // "Publié le 12 mars 2025 à 08h15, mis à jour à 10h40": the publication, then when it changed
            Matcher update = AFTER_DATE.matcher(text);
            date = update.find() && update.start() > 0 ? parseWhole(text.substring(0, update.start()), order) : null;
        }
        return date;
    }

    private static String parseWhole(String text, DateOrder order) {
        text = westernDigits(text);
        String date = parseDateFirst(text, order);
        return date != null ? date : timeFirst(text, order);
    }

    private static String parseDateFirst(String text, DateOrder order) {
        Matcher m = ISO.matcher(text);
        if (m.matches()) {
            // the year is the first four digits of the match (Western digits by now): a number, not a string, to compare
            String iso = Integer.parseInt(m.group(1), 0, 4, 10) < FIRST_GREGORIAN_YEAR ? null : IsoDates.normalise(m.group(1));
            m = iso == null ? ISO_ZONED.matcher(text) : null;
            return m == null || !m.matches() ? iso
                    : IsoDates.iso(date(m.group(1), Integer.valueOf(m.group(2)), m.group(3)), m.group(4),
                            m.group(5), m.group(6), null, m.group(7));
        }
        m = DAY_MONTH.matcher(text);
        if (m.matches()) {
            return IsoDates.iso(date(commonEra(m.group(3), m.group(2)), Months.number(m.group(2)), m.group(1)), m.group(4),
                    m.group(5), m.group(6), m.group(7), m.group(8));
        }
        m = YEAR_MONTH_DAY.matcher(text);
        if (m.matches()) {
            return IsoDates.iso(date(m.group(1), Months.number(m.group(2)), m.group(3)), m.group(4),
                    m.group(5), m.group(6), m.group(7), m.group(8));
        }
        m = MONTH_DAY.matcher(text);
        if (m.matches()) {
            return IsoDates.iso(date(m.group(3), Months.number(m.group(1)), m.group(2)), m.group(4),
                    m.group(5), m.group(6), m.group(7), m.group(8));
        }
        m = SLASHED.matcher(text);
        if (m.matches()) {
            boolean dayFirst = dayFirst(m.group(1), m.group(2), order == DateOrder.DAY_FIRST);
            return IsoDates.iso(date(m.group(3), Integer.valueOf(dayFirst ? m.group(2) : m.group(1)),
                    dayFirst ? m.group(1) : m.group(2)), m.group(4), m.group(5), m.group(6), m.group(7), m.group(8));
        }
        m = YEAR_FIRST.matcher(text);
        if (m.matches()) {
            return IsoDates.iso(date(m.group(1), Integer.valueOf(m.group(3)), m.group(4)), m.group(5),
                    m.group(6), m.group(7), m.group(8), m.group(9));
        }
        m = EAST_ASIAN.matcher(text);
        if (m.matches()) {
            // 午後0時30分 is half past noon: the hour of a 12-hour clock that starts at 0
            String hour = m.group(5) == null || !AFTERNOON.contains(String.valueOf(m.group(4))) || Integer.parseInt(m.group(5)) >= 12
                    ? m.group(5) : String.valueOf(Integer.parseInt(m.group(5)) + 12);
            // "CST" beside a Chinese date is China Standard Time, not the US zone
            String zone = "cst".equalsIgnoreCase(m.group(7)) ? "+08:00" : m.group(7);
            return IsoDates.iso(date(m.group(1), Integer.valueOf(m.group(2)), m.group(3)), hour,
                    m.group(6), null, null, zone);
        }
        m = NUMERIC.matcher(text);
        if (m.matches()) {
            boolean dayFirst = dayFirst(m.group(1), m.group(2), order != DateOrder.MONTH_FIRST);
            return IsoDates.iso(date(m.group(3), Integer.valueOf(dayFirst ? m.group(2) : m.group(1)),
                    dayFirst ? m.group(1) : m.group(2)), m.group(4), m.group(5), m.group(6), m.group(7), m.group(8));
        }
        return null;
    }

    /**
     * @return the date of a line that prints the time before it ("10:30 AM EST, March 14, 2025"), read with the time
     *         after the date; {@code null} for any other line (told by its first digit before the pattern runs)
     */
    private static String timeFirst(String text, DateOrder order) {
        int digit = 0;
        while (digit < text.length() && !Character.isDigit(text.charAt(digit))) {
            digit++;
        }
        if (digit + 3 >= text.length() || !(text.charAt(digit + 1) == ':' || text.charAt(digit + 1) == '.'
                || text.charAt(digit + 2) == ':' || text.charAt(digit + 2) == '.')) {
            return null; // no "9:42" or "10.30" up front: nearly every line
        }
        Matcher m = TIME_FIRST.matcher(text);
        if (!m.matches() || !hasDigit(m.group(3))) {
            return null;
        }
        String moved = m.group(1) + m.group(3) + " " + m.group(2);
        return parseDateFirst(moved, order);
    }

    /** @return whether the text holds a digit of any script ("2023", "٢٠٢٣") */
    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param first the first number of a numeric date
     * @param second the second number
     * @param dayFirstUsually whether the page's order puts the day first
     * @return whether the first number is the day: a number over 12 can only be the day (13/09/2023,
     *         12.18.2025), else the order decides
     */
    private static boolean dayFirst(String first, String second, boolean dayFirstUsually) {
        if (Integer.parseInt(first) > 12) {
            return true;
        }
        return Integer.parseInt(second) > 12 ? false : dayFirstUsually;
    }
}
