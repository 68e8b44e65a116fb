package org.gazette.text;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Month names in English, German, French, Spanish, Italian, Portuguese, Dutch, Polish, Russian,
 * Ukrainian, Greek, Turkish, Hindi, Arabic and Thai, full and abbreviated, to month numbers (Polish and Russian also in the genitive that dates
 * use: "14 września 2023", "14 сентября 2023").
 */
public final class Months {

    /**
     * Per month, its names and usual abbreviations: English, German, French, Spanish, Italian,
     * Portuguese and Dutch (the abbreviations as news sites print them, "ago", "dic", "mrt", "okt"; Dutch names also
     * serve Indonesian, which adds "Maret", "Agustus", "Desember"), then Polish,
     * Russian, Ukrainian and Greek (nominative and genitive, "14 вересня 2023", "14 Σεπτεμβρίου 2023"), Turkish (with and without its dotless i and breve), Hindi (both
     * spellings sites use: "सितंबर", "सितम्बर") and Arabic (the Egyptian and Gulf names, "سبتمبر", and the
     * Levantine ones of one word, "أيلول"), Thai (full, "กันยายน", and abbreviated with its dots, "ก.ย.").
     */
    private static final String[][] NAMES = {
        {"january", "jan", "januar", "jänner", "janvier", "janv", "enero", "ene", "gennaio", "gen", "janeiro", "januari", "styczeń", "stycznia", "январь", "января", "янв", "ocak", "जनवरी", "يناير", "มกราคม", "ม.ค.", "січень", "січня", "ιανουάριος", "ιανουαρίου"},
        {"february", "feb", "februar", "février", "févr", "fevrier", "febrero", "febbraio", "fevereiro", "fev", "februari", "luty", "lutego", "февраль", "февраля", "фев", "şubat", "subat", "फ़रवरी", "\u095Eरवरी", "फरवरी", "فبراير", "شباط", "กุมภาพันธ์", "ก.พ.", "лютий", "лютого", "φεβρουάριος", "φεβρουαρίου"},
        {"march", "mar", "märz", "mär", "mrz", "mars", "marzo", "março", "marco", "maart", "mrt", "marzec", "marca", "март", "марта", "mart", "मार्च", "مارس", "آذار", "มีนาคม", "มี.ค.", "maret", "березень", "березня", "μάρτιος", "μαρτίου"},
        {"april", "apr", "avril", "avr", "abril", "abr", "aprile", "kwiecień", "kwietnia", "апрель", "апреля", "апр", "nisan", "अप्रैल", "أبريل", "ابريل", "نيسان", "เมษายน", "เม.ย.", "квітень", "квітня", "απρίλιος", "απριλίου"},
        {"may", "mai", "mayo", "maggio", "mag", "maio", "mei", "maj", "maja", "май", "мая", "mayıs", "mayis", "मई", "مايو", "أيار", "พฤษภาคม", "พ.ค.", "травень", "травня", "μάιος", "μαΐου"},
        {"june", "jun", "juni", "juin", "junio", "giugno", "giu", "junho", "czerwiec", "czerwca", "июнь", "июня", "haziran", "जून", "يونيو", "حزيران", "มิถุนายน", "มิ.ย.", "червень", "червня", "ιούνιος", "ιουνίου"},
        {"july", "jul", "juli", "juillet", "juil", "julio", "luglio", "lug", "julho", "lipiec", "lipca", "июль", "июля", "temmuz", "जुलाई", "يوليو", "تموز", "กรกฎาคม", "ก.ค.", "липень", "липня", "ιούλιος", "ιουλίου"},
        {"august", "aug", "août", "aout", "agosto", "ago", "augustus", "sierpień", "sierpnia", "август", "августа", "авг", "ağustos", "agustos", "अगस्त", "أغسطس", "اغسطس", "آب", "สิงหาคม", "ส.ค.", "agustus", "agu", "серпень", "серпня", "αύγουστος", "αυγούστου"},
        {"september", "sep", "sept", "septembre", "septiembre", "setiembre", "set", "settembre", "setembro", "wrzesień", "września", "сентябрь", "сентября", "сен", "сент", "eylül", "eylul", "सितंबर", "सितम्बर", "سبتمبر", "أيلول", "กันยายน", "ก.ย.", "вересень", "вересня", "σεπτέμβριος", "σεπτεμβρίου"},
        {"october", "oct", "oktober", "okt", "octobre", "octubre", "ottobre", "ott", "outubro", "out", "październik", "października", "октябрь", "октября", "окт", "ekim", "अक्टूबर", "अक्तूबर", "أكتوبر", "اكتوبر", "ตุลาคม", "ต.ค.", "жовтень", "жовтня", "οκτώβριος", "οκτωβρίου"},
        {"november", "nov", "novembre", "noviembre", "novembro", "listopad", "listopada", "ноябрь", "ноября", "ноя", "kasım", "kasim", "नवंबर", "नवम्बर", "نوفمبر", "พฤศจิกายน", "พ.ย.", "листопад", "листопада", "νοέμβριος", "νοεμβρίου"},
        {"december", "dec", "dezember", "dez", "décembre", "déc", "decembre", "diciembre", "dic", "dicembre", "dezembro", "grudzień", "grudnia", "декабрь", "декабря", "дек", "aralık", "aralik", "दिसंबर", "दिसम्बर", "ديسمبر", "ธันวาคม", "ธ.ค.", "desember", "des", "грудень", "грудня", "δεκέμβριος", "δεκεμβρίου"},
    };
    private static final Map<String, Integer> NUMBERS = numbers();

    private Months() {
    }

    private static Map<String, Integer> numbers() {
        Map<String, Integer> numbers = new HashMap<>();
        for (int month = 0; month < NAMES.length; month++) {
            for (String name : NAMES[month]) {
                if (numbers.put(name, month + 1) != null) {
                    throw new IllegalStateException("month name listed twice: " + name);
                }
            }
        }
        return Map.copyOf(numbers);
    }

    /**
     * @param name a month name or abbreviation, any case, without a trailing dot (but for the Thai abbreviations, "ก.ย.")
     * @return the month number 1–12, or {@code null} when the name is not known
     */
    public static Integer number(String name) {
        return NUMBERS.get(name.toLowerCase(Locale.ROOT));
    }
}
