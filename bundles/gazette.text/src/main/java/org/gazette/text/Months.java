package org.gazette.text;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Month names in English, German, French, Spanish, Italian, Portuguese, Dutch, Polish, Russian,
 * Ukrainian, Greek, Turkish, Hindi, Arabic, Thai, Czech, Hebrew, Persian, Hungarian, Swedish, Romanian and Finnish, full and
 * abbreviated, to month numbers (Polish, Russian and Czech also in the genitive that dates use: "14 września 2023",
 * "14 сентября 2023", "14. září 2023").
 */
public final class Months {

    /**
     * Per month, its names and usual abbreviations: English, German, French, Spanish, Italian,
     * Portuguese and Dutch (the abbreviations as news sites print them, "ago", "dic", "mrt", "okt"; Dutch names also
     * serve Indonesian, which adds "Maret", "Agustus", "Desember"), then Polish,
     * Russian, Ukrainian and Greek (nominative and genitive, "14 вересня 2023", "14 Σεπτεμβρίου 2023"), Turkish (with and without its dotless i and breve), Hindi (both
     * spellings sites use: "सितंबर", "सितम्बर") and Arabic (the Egyptian and Gulf names, "سبتمبر", and the
     * Levantine ones of one word, "أيلول"), Thai (full, "กันยายน", and abbreviated with its dots, "ก.ย."); then Czech (nominative and genitive, "září", "října"),
     * Hebrew (also with the preposition that dates glue to the month, "14 בספטמבר 2023"), Persian (the Gregorian months
     * Iranian sites print beside the Solar Hijri date, "۱۴ سپتامبر ۲۰۲۳"; the Solar Hijri months are left out on
     * purpose: "۲۳ شهریور ۱۴۰۲" is no Gregorian date), Hungarian (with the abbreviations "febr", "szept"), Swedish
     * "augusti" (its other names are Dutch, French or Polish ones), Romanian, and Finnish (nominative and the partitive
     * of dates, "14. syyskuuta 2023").
     */
    private static final String[][] NAMES = {
        {"january", "jan", "januar", "jänner", "janvier", "janv", "enero", "ene", "gennaio", "gen", "janeiro", "januari", "styczeń", "stycznia", "январь", "января", "янв", "ocak", "जनवरी", "يناير", "มกราคม", "ม.ค.", "січень", "січня", "ιανουάριος", "ιανουαρίου", "leden", "ledna", "ינואר", "בינואר", "ژانویه", "január", "ianuarie", "ian", "tammikuu", "tammikuuta"},
        {"february", "feb", "februar", "février", "févr", "fevrier", "febrero", "febbraio", "fevereiro", "fev", "februari", "luty", "lutego", "февраль", "февраля", "фев", "şubat", "subat", "फ़रवरी", "\u095Eरवरी", "फरवरी", "فبراير", "شباط", "กุมภาพันธ์", "ก.พ.", "лютий", "лютого", "φεβρουάριος", "φεβρουαρίου", "únor", "února", "פברואר", "בפברואר", "فوریه", "február", "febr", "februarie", "helmikuu", "helmikuuta"},
        {"march", "mar", "märz", "mär", "mrz", "mars", "marzo", "março", "marco", "maart", "mrt", "marzec", "marca", "март", "марта", "mart", "मार्च", "مارس", "آذار", "มีนาคม", "มี.ค.", "maret", "березень", "березня", "μάρτιος", "μαρτίου", "březen", "března", "מרץ", "במרץ", "מרס", "במרס", "március", "márc", "martie", "maaliskuu", "maaliskuuta"},
        {"april", "apr", "avril", "avr", "abril", "abr", "aprile", "kwiecień", "kwietnia", "апрель", "апреля", "апр", "nisan", "अप्रैल", "أبريل", "ابريل", "نيسان", "เมษายน", "เม.ย.", "квітень", "квітня", "απρίλιος", "απριλίου", "duben", "dubna", "אפריל", "באפריל", "آوریل", "április", "ápr", "aprilie", "huhtikuu", "huhtikuuta"},
        {"may", "mai", "mayo", "maggio", "mag", "maio", "mei", "maj", "maja", "май", "мая", "mayıs", "mayis", "मई", "مايو", "أيار", "พฤษภาคม", "พ.ค.", "травень", "травня", "μάιος", "μαΐου", "květen", "května", "מאי", "במאי", "مه", "می", "május", "máj", "toukokuu", "toukokuuta"},
        {"june", "jun", "juni", "juin", "junio", "giugno", "giu", "junho", "czerwiec", "czerwca", "июнь", "июня", "haziran", "जून", "يونيو", "حزيران", "มิถุนายน", "มิ.ย.", "червень", "червня", "ιούνιος", "ιουνίου", "červen", "června", "יוני", "ביוני", "ژوئن", "június", "jún", "iunie", "kesäkuu", "kesäkuuta"},
        {"july", "jul", "juli", "juillet", "juil", "julio", "luglio", "lug", "julho", "lipiec", "lipca", "июль", "июля", "temmuz", "जुलाई", "يوليو", "تموز", "กรกฎาคม", "ก.ค.", "липень", "липня", "ιούλιος", "ιουλίου", "červenec", "července", "יולי", "ביולי", "ژوئیه", "جولای", "július", "júl", "iulie", "heinäkuu", "heinäkuuta"},
        {"august", "aug", "août", "aout", "agosto", "ago", "augustus", "sierpień", "sierpnia", "август", "августа", "авг", "ağustos", "agustos", "अगस्त", "أغسطس", "اغسطس", "آب", "สิงหาคม", "ส.ค.", "agustus", "agu", "серпень", "серпня", "αύγουστος", "αυγούστου", "srpen", "srpna", "אוגוסט", "באוגוסט", "اوت", "آگوست", "augusztus", "augusti", "elokuu", "elokuuta"},
        {"september", "sep", "sept", "septembre", "septiembre", "setiembre", "set", "settembre", "setembro", "wrzesień", "września", "сентябрь", "сентября", "сен", "сент", "eylül", "eylul", "सितंबर", "सितम्बर", "سبتمبر", "أيلول", "กันยายน", "ก.ย.", "вересень", "вересня", "σεπτέμβριος", "σεπτεμβρίου", "září", "ספטמבר", "בספטמבר", "سپتامبر", "szeptember", "szept", "septembrie", "syyskuu", "syyskuuta"},
        {"october", "oct", "oktober", "okt", "octobre", "octubre", "ottobre", "ott", "outubro", "out", "październik", "października", "октябрь", "октября", "окт", "ekim", "अक्टूबर", "अक्तूबर", "أكتوبر", "اكتوبر", "ตุลาคม", "ต.ค.", "жовтень", "жовтня", "οκτώβριος", "οκτωβρίου", "říjen", "října", "אוקטובר", "באוקטובר", "اکتبر", "október", "octombrie", "lokakuu", "lokakuuta"},
        {"november", "nov", "novembre", "noviembre", "novembro", "listopad", "listopada", "ноябрь", "ноября", "ноя", "kasım", "kasim", "नवंबर", "नवम्बर", "نوفمبر", "พฤศจิกายน", "พ.ย.", "листопад", "листопада", "νοέμβριος", "νοεμβρίου", "listopadu", "נובמבר", "בנובמבר", "نوامبر", "noiembrie", "marraskuu", "marraskuuta"},
        {"december", "dec", "dezember", "dez", "décembre", "déc", "decembre", "diciembre", "dic", "dicembre", "dezembro", "grudzień", "grudnia", "декабрь", "декабря", "дек", "aralık", "aralik", "दिसंबर", "दिसम्बर", "ديسمبر", "ธันวาคม", "ธ.ค.", "desember", "des", "грудень", "грудня", "δεκέμβριος", "δεκεμβρίου", "prosinec", "prosince", "דצמבר", "בדצמבר", "دسامبر", "decembrie", "joulukuu", "joulukuuta"},
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
