package org.gazette.text;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Month names in English, German, French, Spanish, Italian, Portuguese and Dutch, full and
 * abbreviated, to month numbers.
 */
public final class Months {

    /**
     * Per month, its names and usual abbreviations: English, German, French, Spanish, Italian,
     * Portuguese and Dutch (the abbreviations as news sites print them, "ago", "dic", "mrt", "okt").
     */
    private static final String[][] NAMES = {
        {"january", "jan", "januar", "jänner", "janvier", "janv", "enero", "ene", "gennaio", "gen", "janeiro", "januari"},
        {"february", "feb", "februar", "février", "févr", "fevrier", "febrero", "febbraio", "fevereiro", "fev", "februari"},
        {"march", "mar", "märz", "mär", "mrz", "mars", "marzo", "março", "marco", "maart", "mrt"},
        {"april", "apr", "avril", "avr", "abril", "abr", "aprile"},
        {"may", "mai", "mayo", "maggio", "mag", "maio", "mei"},
        {"june", "jun", "juni", "juin", "junio", "giugno", "giu", "junho"},
        {"july", "jul", "juli", "juillet", "juil", "julio", "luglio", "lug", "julho"},
        {"august", "aug", "août", "aout", "agosto", "ago", "augustus"},
        {"september", "sep", "sept", "septembre", "septiembre", "setiembre", "set", "settembre", "setembro"},
        {"october", "oct", "oktober", "okt", "octobre", "octubre", "ottobre", "ott", "outubro", "out"},
        {"november", "nov", "novembre", "noviembre", "novembro"},
        {"december", "dec", "dezember", "dez", "décembre", "déc", "decembre", "diciembre", "dic", "dicembre", "dezembro"},
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
     * @param name a month name or abbreviation, any case, without a trailing dot
     * @return the month number 1–12, or {@code null} when the name is not known
     */
    public static Integer number(String name) {
        return NUMBERS.get(name.toLowerCase(Locale.ROOT));
    }
}
