package org.gazette.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class WrittenDatesTest {

    @Test
    void dashedNumericDatesAndADotAfterTheDay() {
        assertEquals("2025-12-19", WrittenDates.parse("19-12-2025"));
        assertEquals("2025-12-02", WrittenDates.parse("02-12-2025", DateOrder.DAY_FIRST));
        assertEquals("2025-02-12", WrittenDates.parse("02-12-2025", DateOrder.MONTH_FIRST));
        assertEquals("2025-12-19T10:30:00", WrittenDates.parse("Published: 12-19-2025 10:30"));
        assertEquals("2025-12-19", WrittenDates.parse("December 19. 2025"));
        assertNull(WrittenDates.parse("19-12-20256"));
    }

    @Test
    void ordinalDaysAndDottedMonths() {
        assertEquals("2025-12-18", WrittenDates.parse("18th Dec 2025"));
        assertEquals("2023-08-29", WrittenDates.parse("29th August, 2023"));
        assertEquals("2017-06-21", WrittenDates.parse("the 21st of June 2017"));
        assertEquals("2019-06-25", WrittenDates.parse("25.Jun.2019"));
        assertNull(WrittenDates.parse("25.Foo.2019"));
    }

    @Test
    void aWeekdayAfterItsPrepositionAndATimeAfterAnAtSign() {
        assertEquals("2025-12-19T20:00:00", WrittenDates.parse("on Friday December 19, 2025 @08:00PM"));
        assertEquals("2024-03-05T15:00:00", WrittenDates.parse("March 5, 2024 @ 3:00 pm"));
        assertEquals("2025-12-19", WrittenDates.parse("am Freitag, 19. Dezember 2025"));
        assertEquals("2026-01-21", WrittenDates.parse("Wed., January 21, 2026"));
        assertEquals("2025-01-30T23:07:00Z", WrittenDates.parse("30 January 2025 / 23:07 GMT"));
        assertEquals("2025-06-11", WrittenDates.parse("Published Date: June 11, 2025"));
        assertNull(WrittenDates.parse("Posted by Jane Doe on December 19, 2025"));
    }

    @Test
    void chineseJapaneseAndKoreanDates() {
        assertEquals("2023-09-14T12:00:00", WrittenDates.parse("2023年9月14日 12時00分"));
        assertEquals("2023-09-14T12:00:00", WrittenDates.parse("2023年09月14日 12:00"));
        assertEquals("2023-09-14", WrittenDates.parse("公開日：2023年9月14日(木)"));
        assertEquals("2023-09-14T15:20:00", WrittenDates.parse("2023년 9월 14일 오후 3:20"));
        assertEquals("2023-09-14T09:05:00", WrittenDates.parse("2023年9月14日 午前9時05分"));
        assertEquals("2023-09-14T12:00:00", WrittenDates.parse("发布时间：2023年09月14日 12:00"));
        assertEquals("2023-09-14", WrittenDates.parse("2023年9月14日 星期四"));
        assertEquals("2023-09-14T12:00:00+09:00", WrittenDates.parse("2023年9月14日 12時00分 JST"));
        assertEquals("2023-09-14T12:30:00", WrittenDates.parse("2023年9月14日 午後0時30分")); // half past noon
        assertEquals("2023-09-14T00:30:00", WrittenDates.parse("2023年9月14日 午前0時30分"));
        assertEquals("2023-09-14T12:00:00+08:00", WrittenDates.parse("2023年9月14日 12:00 CST")); // China Standard Time
        assertNull(WrittenDates.parse("2023年13月14日"));
    }

    @Test
    void polishRussianAndTurkishMonthNames() {
        assertEquals("2023-09-14T12:00:00", WrittenDates.parse("14 września 2023 r., 12:00"));
        assertEquals("2023-09-14T12:00:00", WrittenDates.parse("Опубликовано: 14 сентября 2023, 12:00"));
        assertEquals("2023-09-14", WrittenDates.parse("14 сентября 2023 г."));
        assertEquals("2023-09-14T12:00:00", WrittenDates.parse("14 Eylül 2023 12:00"));
        assertEquals("2023-02-01", WrittenDates.parse("1 Şubat 2023"));
        assertEquals("2023-12-31", WrittenDates.parse("31 grudnia 2023 roku"));
        assertNull(WrittenDates.parse("14 сентября 2023 годовщина"));
    }

    @Test
    void hindiDates() {
        assertEquals("2023-09-14T12:00:00", WrittenDates.parse("अपडेटेड: 14 सितंबर 2023, 12:00 PM IST"));
        assertEquals("2023-09-14", WrittenDates.parse("प्रकाशित: 14 सितम्बर 2023"));
        assertEquals("2023-02-01", WrittenDates.parse("1 फ़रवरी 2023"));
    }

    @Test
    void labelsBeyondWesternEurope() {
        assertEquals("2023-09-14T12:00:00", WrittenDates.parse("입력 2023.09.14 12:00"));
        assertEquals("2023-09-14T12:00:00", WrittenDates.parse("Opublikowano: 14.09.2023, 12:00"));
        assertEquals("2023-09-14T12:00:00", WrittenDates.parse("Опубликовано: 14.09.2023, 12:00"));
        assertEquals("2023-09-14T16:30:00", WrittenDates.parse("Güncelleme: 14.09.2023 16:30"));
        assertEquals("2023-09-14T12:00:00", WrittenDates.parse("发布时间：2023-09-14 12:00"));
    }

    @Test
    void zoneAbbreviationsAfterTheTime() {
        assertEquals("2025-12-19T13:06:00-05:00", WrittenDates.parse("Updated: Dec 19, 2025 1:06 PM EST"));
        assertEquals("2025-01-02T09:06:00-06:00", WrittenDates.parse("January 2, 2025, 9:06am CST"));
        assertEquals("2025-07-24T09:00:00-07:00", WrittenDates.parse("Jul 24, 2025 9:00 am PDT"));
        assertEquals("2025-12-19T04:34:00-05:00", WrittenDates.parse("Dec 19, 2025 at 04:34 AM EST"));
        assertEquals("2025-06-03T11:02:00+01:00", WrittenDates.parse("3 June 2025 11:02 BST"));
        assertEquals("2025-12-19T01:00:00", WrittenDates.parse("Last Updated: Dec 19, 2025, 01:00:00 AM IST")); // India, Ireland or Israel
        assertEquals("2025-10-14T09:15:00+02:00", WrittenDates.parse("14.10.2025 09:15 CEST"));
        // the hour's "h" that Spanish and Portuguese sites print after the time
        assertEquals("2025-03-05T09:41:00", WrittenDates.parse("Actualizado: 05/03/2025 09:41h", DateOrder.DAY_FIRST));
        assertEquals("2025-03-05T09:41:00", WrittenDates.parse("05.03.2025 - 09:41 hs"));
        // the word before the time in Portuguese, Italian and Dutch
        assertEquals("2025-03-12T14:30:00", WrittenDates.parse("12/03/2025 às 14h30 · Atualizado há 2 horas", DateOrder.DAY_FIRST));
        assertEquals("2025-03-12T14:30:00", WrittenDates.parse("12 marzo 2025 alle 14:30"));
        assertEquals("2025-03-12T14:30:00", WrittenDates.parse("12 maart 2025 om 14:30"));
        assertEquals("2025-03-12T11:20:00", WrittenDates.parse("12 marzo 2025, ore 11:20"));
        assertEquals("2025-03-12T09:15:00", WrittenDates.parse("12 maart 2025, 09:15 Bijgewerkt: 11:30"));
        // the publication date, then when the text changed
        assertEquals("2025-03-12T08:15:00", WrittenDates.parse("Publié le 12 mars 2025 à 08h15, mis à jour à 10h40"));
        assertEquals("2025-03-12", WrittenDates.parse("March 12, 2025 | Updated 10:40 am"));
        assertEquals("2025-03-12", WrittenDates.parse("12.03.2025 - aktualisiert 14:00"));
        assertNull(WrittenDates.parse("The plan, updated in 2025, costs £3m"));
        // the weekday after the date, as Turkish and Russian sites print it
        assertEquals("2025-03-14T10:30:00", WrittenDates.parse("14 Mart 2025 Cuma 10:30"));
        assertEquals("2025-03-15", WrittenDates.parse("15 Mart 2025 Cumartesi"));
        assertEquals("2025-03-14T10:30:00", WrittenDates.parse("14.03.2025 Cuma 10:30"));
        assertEquals("2025-03-14T12:30:00", WrittenDates.parse("14 марта 2025, пятница, 12:30"));
        // the publication date, then where the text came from (Chinese date lines)
        assertEquals("2025-03-14T11:20:00", WrittenDates.parse("2025-03-14 11:20 来源：晨光日报"));
        assertEquals("2025-03-14T11:20:00", WrittenDates.parse("2025年03月14日 11:20 來源：晨光日報 作者：李華"));
        assertEquals("2025-03-12", WrittenDates.parse("March 12, 2025 | Source: Harbour Wire"));
        // a US zone without its season takes the offset its zone has on that date
        assertEquals("2023-10-17T18:01:00-04:00", WrittenDates.parse("October 17, 2023 6:01 PM ET"));
        assertEquals("2025-03-03T17:00:00-05:00", WrittenDates.parse("Mar. 3, 2025 5:00 PM ET"));
        assertEquals("2025-11-07T15:50:00-08:00", WrittenDates.parse("November 7, 2025, 3:50pm PT"));
        assertEquals("2025-07-04T09:00:00-05:00", WrittenDates.parse("July 4, 2025 9:00 AM CT"));
        assertNull(WrittenDates.parse("October 17, 2023 6:01 PM XYZ"));
        assertEquals("2023-09-14T12:00:00+02:00", WrittenDates.parse("14/09/2023 12:00 CEST"));
        assertEquals("2023-09-14T12:00:00+02:00", WrittenDates.parse("Actualizado: 14/09/2023 12:00 CEST"));
        assertEquals("2023-01-14T12:00:00+01:00", WrittenDates.parse("14.01.2023, 12:00 MEZ"));
        assertEquals("2023-09-14T12:00:00+03:00", WrittenDates.parse("14.09.2023, 12:00 MSK"));
        assertEquals("2023-09-14T09:30:00-04:00", WrittenDates.parse("September 14, 2023 9:30 a.m. EDT"));
        assertEquals("2023-09-14T12:00:00+08:00", WrittenDates.parse("2023/09/14 12:00 UTC+8"));
        assertEquals("2023-09-14T12:00:00-03:00", WrittenDates.parse("14/09/2023 12:00 GMT-03:00"));
        assertEquals("2023-09-14", WrittenDates.parse("14 September 2023 JST")); // no time: the date alone
        assertEquals("2023-09-14T12:00:00", WrittenDates.parse("14/09/2023 12:00 IST")); // India, Ireland or Israel: local time
        assertEquals("2023-09-14T12:00:00+05:30", WrittenDates.parse("14/09/2023 12:00 GMT+5:30"));
        assertEquals("2023-09-14T12:00:00+08:00", WrittenDates.parse("2023/09/14 12:00 UTC+8:00"));
        assertEquals("2023-09-14T12:00:00", WrittenDates.parse("14/09/2023 12:00 UTC+25")); // no such offset: local time
        assertEquals("2023-09-14T12:00:00-05:00", WrittenDates.parse("2023-09-14 12:00 EST")); // ISO date, zone abbreviation
        assertEquals("2023-09-14T12:00:00-07:00", WrittenDates.parse("Published: 2023-09-14 12:00 PT")); // Pacific daylight time then
        assertNull(WrittenDates.parse("14/09/2023 12:00 Uhr abends"));
    }

    @Test
    void aDashOrABarMaySetTheTimeApart() {
        assertEquals("2025-12-20T06:36:00", WrittenDates.parse("Sat, 20 Dec, 2025 - 06:36"));
        assertEquals("2025-12-15T19:00:00", WrittenDates.parse("15/12/2025 | 19:00"));
        assertEquals("2025-12-20T18:36:00", WrittenDates.parse("Dec 20, 2025 \u2013 6:36 pm"));
        assertEquals(null, WrittenDates.parse("May 2024 - 2025"));
    }

    @Test
    void slashedDatesMonthFirstUnlessTheDayShowsIt() {
        assertEquals("2023-09-13T10:38:00", WrittenDates.parse("09/13/2023 10:38 AM"));
        assertEquals("2023-09-13", WrittenDates.parse("13/09/2023"));
        assertEquals("2023-09-10", WrittenDates.parse("09/10/2023"));
        assertEquals(null, WrittenDates.parse("13/13/2023"));
    }

    @Test
    void numericDatesInThePagesOrder() {
        assertEquals("2023-10-03", WrittenDates.parse("03/10/2023", DateOrder.DAY_FIRST));
        assertEquals("2023-03-10", WrittenDates.parse("03/10/2023", DateOrder.MONTH_FIRST));
        assertEquals("2023-03-10", WrittenDates.parse("03.10.2023", DateOrder.MONTH_FIRST));
        assertEquals("2023-10-03", WrittenDates.parse("03.10.2023", DateOrder.UNKNOWN));
        // a number over 12 is the day in any order
        assertEquals("2023-09-13", WrittenDates.parse("09/13/2023", DateOrder.DAY_FIRST));
        assertEquals("2023-09-13", WrittenDates.parse("13/09/2023", DateOrder.MONTH_FIRST));
        assertEquals("2025-12-18", WrittenDates.parse("12.18.2025"));
        assertEquals("2023-10-03T14:30:00", WrittenDates.parse("Published: 03/10/2023 14:30", DateOrder.DAY_FIRST));
    }

    @Test
    void datelinesWithAPlaceInCapitals() {
        assertEquals("2024-02-06", WrittenDates.parse("PORT ALDWIN, Tuesday 6 February 2024"));
        assertEquals("2024-03-21", WrittenDates.parse("VILLANUEVA DEL SARMIENTO, jueves 21 de marzo de 2024"));
        assertEquals("2023-09-14T12:00:00", WrittenDates.parse("ST. HELIER, Thursday, 14 September 2023, 12:00"));
        assertEquals(null, WrittenDates.parse("Port Aldwin, Tuesday 6 February 2024 was a wet day"));
    }

    @Test
    void isoDatesAndTimes() {
        assertEquals("2023-09-14", WrittenDates.parse("2023-09-14"));
        assertEquals("2023-09-14T10:15:00", WrittenDates.parse("2023-09-14 10:15"));
        assertEquals("2023-09-14T10:15:30+02:00", WrittenDates.parse("2023-09-14T10:15:30+02:00"));
        assertEquals("2023-09-14T08:15:00Z", WrittenDates.parse("2023-09-14T08:15:00.123Z"));
        assertEquals("2023-09-14T10:15:00+02:00", WrittenDates.parse("Updated: 2023-09-14 10:15 +0200"));
    }

    @Test
    void labelsThatSayWhichDateItIs() {
        assertEquals("2023-09-14", WrittenDates.parse("Last updated on 14 September 2023"));
        assertEquals("2023-09-14", WrittenDates.parse("Last Updated : 14 September 2023"));
        assertEquals("2023-09-14", WrittenDates.parse("Published On: September 14, 2023"));
        assertEquals("2023-09-14", WrittenDates.parse("Submitted on 14 Sep 2023"));
        assertEquals("2023-09-14", WrittenDates.parse("Veröffentlicht am 14. September 2023"));
        assertEquals(null, WrittenDates.parse("Last seen on 14 September 2023 near the harbour"));
    }

    @Test
    void writtenDates() {
        assertEquals("2023-09-14", WrittenDates.parse("14 September 2023"));
        assertEquals("2023-09-14", WrittenDates.parse("September 14, 2023"));
        assertEquals("2023-09-14", WrittenDates.parse("14 Sep, 2023"));
        assertEquals("2023-09-14T08:10:00", WrittenDates.parse("14 September, 2023 08:10"));
        assertEquals("2023-09-14", WrittenDates.parse("Sept. 14, 2023"));
        assertEquals("2023-09-14", WrittenDates.parse("September 14th, 2023"));
        assertEquals("2023-09-14", WrittenDates.parse("Thursday, 14 September 2023"));
        assertEquals("2023-09-14T12:00:00", WrittenDates.parse("Thursday, 14 September 2023, 12:00"));
        assertEquals("2023-09-14T14:30:00", WrittenDates.parse("September 14, 2023 at 2:30 pm"));
        assertEquals("2023-09-14T00:30:00", WrittenDates.parse("September 14, 2023 at 12:30 a.m."));
        assertEquals("2023-09-14T14:30:00Z", WrittenDates.parse("Published: 14 Sep 2023 14:30 GMT"));
        assertEquals("2023-09-14", WrittenDates.parse("Donnerstag, 14. September 2023"));
        assertEquals("2023-09-14", WrittenDates.parse("14 de septiembre de 2023"));
        assertEquals("2023-09-14T09:05:00", WrittenDates.parse("Publié le 14 septembre 2023 à 9h05"));
        assertEquals("2023-09-13T14:30:00", WrittenDates.parse("13.09.2023, 14.30 Uhr"));
        assertEquals("2023-09-13", WrittenDates.parse("13.09.2023"));
    }

    @Test
    void hyphenatedDatesAndMoreLanguages() {
        assertEquals("2025-12-15", WrittenDates.parse("15-Dec-2025"));
        assertEquals("2021-08-04", WrittenDates.parse("04-ago-2021"));
        assertEquals("2021-08-04T10:15:00", WrittenDates.parse("04-ago-2021 10:15"));
        assertEquals("2023-09-14", WrittenDates.parse("Pubblicato il 14 settembre 2023"));
        assertEquals("2023-09-14", WrittenDates.parse("Publicado em 14 de setembro de 2023"));
        assertEquals("2023-09-14", WrittenDates.parse("Gepubliceerd op 14 sep 2023"));
        assertEquals("2023-03-02", WrittenDates.parse("2 mrt. 2023"));
        assertNull(WrittenDates.parse("15-Smarch-2025"));
        assertNull(WrittenDates.parse("3 hours ago"));
        assertEquals("2025-12-17", WrittenDates.parse("Published: 2025.12.17"));
        assertEquals("2025-12-17T09:30:00", WrittenDates.parse("2025. 12. 17. 09:30"));
        assertEquals("2025-12-17", WrittenDates.parse("2025/12/17"));
        assertNull(WrittenDates.parse("2025.13.17"));
        assertNull(WrittenDates.parse("2025.12/17"));
    }

    @Test
    void notDates() {
        assertNull(WrittenDates.parse("The bridge reopened on 14 September 2023 after repairs."));
        assertNull(WrittenDates.parse("31 February 2023"));
        assertNull(WrittenDates.parse("14 Smarch 2023"));
        assertNull(WrittenDates.parse("2023-13-01"));
        assertNull(WrittenDates.parse("September 14, 2023 at 13:30 pm"));
        assertNull(WrittenDates.parse("14 September 2023 " + "x".repeat(80)));
        assertNull(WrittenDates.parse(null));
    }

    @Test
    void arabicDatesInArabicIndicOrWesternDigits() {
        assertEquals("2023-09-14T12:00:00", WrittenDates.parse("نُشر في ١٤ سبتمبر ٢٠٢٣ - ١٢:٠٠"));
        assertEquals("2023-09-14", WrittenDates.parse("نشر في 14 سبتمبر 2023"));
        assertEquals("2023-09-14", WrittenDates.parse("الخميس ١٤ أيلول ٢٠٢٣"));
        assertEquals("2023-09-14", WrittenDates.parse("تاريخ النشر: ۱۴ سبتمبر ۲۰۲۳"));
        assertNull(WrittenDates.parse("افتتاح المحطة في ١٤ سبتمبر ٢٠٢٣ بحضور المحافظ"));
    }

    @Test
    void vietnameseDatesWithATwoWordWeekdayAndTheZoneInParentheses() {
        assertEquals("2023-09-14T12:00:00+07:00", WrittenDates.parse("Thứ năm, 14/9/2023, 12:00 (GMT+7)", DateOrder.DAY_FIRST));
        assertEquals("2023-09-17", WrittenDates.parse("Chủ nhật, 17/9/2023", DateOrder.DAY_FIRST));
        assertEquals("2023-09-14T12:00:00+07:00", WrittenDates.parse("14/9/2023 12:00 (GMT+7)"));
        assertNull(WrittenDates.parse("Khai trương cầu, 14/9/2023"));
    }

    @Test
    void thaiDatesInTheBuddhistEra() {
        assertEquals("2023-09-14T12:00:00", WrittenDates.parse("14 ก.ย. 2566 12:00 น."));
        assertEquals("2023-09-14", WrittenDates.parse("14 กันยายน 2566"));
        assertEquals("2024-03-01", WrittenDates.parse("1 มี.ค. 2567"));
        assertEquals("2023-09-14", WrittenDates.parse("14 กันยายน 2023")); // the common era as written
        assertNull(WrittenDates.parse("เปิดสวนเมื่อ 14 ก.ย. 2566"));
    }

    @Test
    void indonesianDates() {
        assertEquals("2023-08-17T10:00:00+07:00", WrittenDates.parse("Kamis, 17 Agustus 2023 10:00 WIB"));
        assertEquals("2023-03-14", WrittenDates.parse("14 Maret 2023"));
        assertEquals("2023-12-01", WrittenDates.parse("Jumat, 1 Des 2023"));
    }

    @Test
    void ukrainianDates() {
        assertEquals("2023-09-14T12:00:00", WrittenDates.parse("14 вересня 2023, 12:00"));
        assertEquals("2023-11-03", WrittenDates.parse("3 листопада 2023 р."));
    }

    @Test
    void greekDates() {
        assertEquals("2023-09-14T12:00:00", WrittenDates.parse("14 Σεπτεμβρίου 2023, 12:00"));
        assertEquals("2023-05-01", WrittenDates.parse("1 Μαΐου 2023"));
    }

    @Test
    void czechDatesWithTheMonthInTheGenitive() {
        assertEquals("2023-09-14T12:00:00", WrittenDates.parse("14. září 2023 12:00"));
        assertEquals("2023-10-03", WrittenDates.parse("Publikováno: 3. října 2023"));
        assertEquals("2023-11-21", WrittenDates.parse("21. listopadu 2023"));
    }

    @Test
    void hebrewDatesWithThePrepositionOnTheMonth() {
        assertEquals("2023-09-14T12:00:00", WrittenDates.parse("14 בספטמבר 2023, 12:00"));
        assertEquals("2024-03-02", WrittenDates.parse("פורסם: 2 במרץ 2024"));
    }

    @Test
    void persianGregorianDatesAndNoSolarHijriYear() {
        assertEquals("2023-09-14", WrittenDates.parse("۱۴ سپتامبر ۲۰۲۳"));
        assertEquals("2023-09-14T12:00:00", WrittenDates.parse("پنجشنبه ۱۴ سپتامبر ۲۰۲۳ - ۱۲:۰۰"));
        // the Solar Hijri date (1402 is 2023): neither its months nor its year are Gregorian
        assertNull(WrittenDates.parse("تاریخ انتشار: پنجشنبه ۲۳ شهریور ۱۴۰۲ - ۱۲:۰۰"));
        assertNull(WrittenDates.parse("۱۴۰۲/۰۶/۲۳ ۱۲:۰۰"));
        assertNull(WrittenDates.parse("1402-06-23"));
    }

    @Test
    void theFirstGregorianYearIsComparedAsANumber() {
        assertNull(WrittenDates.parse("1599-12-31"));
        assertEquals("1600-01-01", WrittenDates.parse("1600-01-01"));
        assertEquals("2023-09-14", WrittenDates.parse("2023-09-14"));
        assertNull(WrittenDates.parse("0999-06-23"));
    }

    @Test
    void hungarianDatesYearFirstWithTheMonthsName() {
        assertEquals("2023-09-14T12:00:00", WrittenDates.parse("2023. szeptember 14. 12:00"));
        assertEquals("2023-09-14", WrittenDates.parse("2023. szept. 14."));
        assertEquals("2024-02-01T08:30:00", WrittenDates.parse("Frissítve: 2024. február 1., 08:30"));
        assertNull(WrittenDates.parse("2023. szeptember 14-én nyílt meg"));
    }

    @Test
    void nordicTimesAfterKlAndKlo() {
        assertEquals("2023-09-14T12:00:00", WrittenDates.parse("Publicerad 14 september 2023 kl. 12.00"));
        assertEquals("2023-08-02T09:15:00", WrittenDates.parse("2 augusti 2023 kl. 09.15"));
        assertEquals("2023-09-14T12:00:00", WrittenDates.parse("Julkaistu 14.9.2023 klo 12.00"));
        assertEquals("2023-09-14", WrittenDates.parse("14. syyskuuta 2023"));
    }

    @Test
    void romanianDates() {
        assertEquals("2023-09-14T12:00:00", WrittenDates.parse("Publicat: 14 septembrie 2023, 12:00"));
        assertEquals("2023-01-05", WrittenDates.parse("5 ianuarie 2023"));
    }

    @Test
    void newsTemplatesPrintTheTimeBeforeTheDate() {
        assertEquals("2025-03-14T21:42:00-04:00", WrittenDates.parse("Updated 9:42 PM EDT, Fri March 14, 2025"));
        assertEquals("2025-03-14T05:00:00-04:00", WrittenDates.parse("Published 5:00 a.m. ET March 14, 2025"));
        assertEquals("2025-03-14T10:30:00-05:00", WrittenDates.parse("10:30 AM EST, March 14, 2025"));
        assertEquals("2025-03-14T10:30:00-05:00",
                WrittenDates.parse("PUBLISHED: 10:30 EST, 14 March 2025 | UPDATED: 12:01 EST, 14 March 2025"));
        assertEquals("2025-03-14T16:05:00", WrittenDates.parse("14:05 · 14.03.2025".replace("14:05", "16:05")));
        // a time before something that is no date, and a score, are no dates
        assertNull(WrittenDates.parse("9:42 PM EDT, shortly after the vote"));
        assertNull(WrittenDates.parse("2:1 win in March 2025"));
    }

    @Test
    void germanStandLabel() {
        assertEquals("2025-03-14T16:05:00", WrittenDates.parse("Stand: 14.03.2025 16:05 Uhr"));
        assertNull(WrittenDates.parse("Stand 14.03.2025 16:05 Uhr in der Halle"));
    }
}
