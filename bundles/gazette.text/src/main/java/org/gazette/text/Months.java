package org.gazette.text;

import java.util.Locale;
import java.util.Map;

/**
 * Month names in English, German, French and Spanish, full and abbreviated, to month numbers.
 */
public final class Months {

    private static final Map<String, Integer> NUMBERS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("jan", 1), Map.entry("januar", 1), Map.entry("jänner", 1),
            Map.entry("janvier", 1), Map.entry("enero", 1),
            Map.entry("february", 2), Map.entry("feb", 2), Map.entry("februar", 2), Map.entry("février", 2),
            Map.entry("febrero", 2),
            Map.entry("march", 3), Map.entry("mar", 3), Map.entry("märz", 3), Map.entry("mars", 3),
            Map.entry("marzo", 3),
            Map.entry("april", 4), Map.entry("apr", 4), Map.entry("avril", 4), Map.entry("abril", 4),
            Map.entry("may", 5), Map.entry("mai", 5), Map.entry("mayo", 5),
            Map.entry("june", 6), Map.entry("jun", 6), Map.entry("juni", 6), Map.entry("juin", 6),
            Map.entry("junio", 6),
            Map.entry("july", 7), Map.entry("jul", 7), Map.entry("juli", 7), Map.entry("juillet", 7),
            Map.entry("julio", 7),
            Map.entry("august", 8), Map.entry("aug", 8), Map.entry("août", 8), Map.entry("agosto", 8),
            Map.entry("september", 9), Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("septembre", 9),
            Map.entry("septiembre", 9), Map.entry("setiembre", 9),
            Map.entry("october", 10), Map.entry("oct", 10), Map.entry("oktober", 10), Map.entry("octobre", 10),
            Map.entry("octubre", 10),
            Map.entry("november", 11), Map.entry("nov", 11), Map.entry("novembre", 11), Map.entry("noviembre", 11),
            Map.entry("december", 12), Map.entry("dec", 12), Map.entry("dezember", 12), Map.entry("décembre", 12),
            Map.entry("diciembre", 12));

    private Months() {
    }

    /**
     * @param name a month name or abbreviation, any case, without a trailing dot
     * @return the month number 1–12, or {@code null} when the name is not known
     */
    public static Integer number(String name) {
        return NUMBERS.get(name.toLowerCase(Locale.ROOT));
    }
}
