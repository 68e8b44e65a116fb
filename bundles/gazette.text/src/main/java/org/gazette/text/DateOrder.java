package org.gazette.text;

import java.util.Locale;
import java.util.Set;

/**
 * Which number comes first in a numeric date written with slashes or dots ("03/10/2023",
 * "03.10.2023"): the month in the United States (March 10), the day nearly everywhere else
 * (3 October). The page's locale says which; {@link WrittenDates} reads it, and
 * reads a number over 12 as the day whatever the order says.
 */
public enum DateOrder {
    /**
     * The locale does not say: slashes month first, as most of the English-language web writes
     * them, dots day first, as continental Europe writes them.
     */
    UNKNOWN,
    /** Month first: "03/10/2023" is March 10 (the United States and its territories, the Philippines). */
    MONTH_FIRST,
    /** Day first: "03/10/2023" is 3 October (Britain, Ireland, Australia, India, Europe, Latin America, ...). */
    DAY_FIRST;

    /** Regions that write the month first; English elsewhere (GB, AU, IN, IE, NZ, ZA, ...) writes the day first. */
    private static final Set<String> MONTH_FIRST_REGIONS = Set.of("US", "PH", "PR", "GU", "VI", "AS", "MP", "UM", "FM",
            "MH", "PW");
    /** English regions that write both orders: no verdict. */
    private static final Set<String> MIXED_REGIONS = Set.of("CA");
    /** Languages whose numeric dates put the year first ("2023/10/03"), so that a locale without a region tells nothing. */
    private static final Set<String> YEAR_FIRST_LANGUAGES = Set.of("zh", "ja", "ko", "hu", "lt", "mn");
    /**
     * Country-code top-level domains that their countries' sites use and that write the day
     * first; widely used generic ones ({@code .io}, {@code .co}, {@code .ai}, {@code .me},
     * {@code .tv}, {@code .fm}) are not among them.
     */
    private static final Set<String> DAY_FIRST_DOMAINS = Set.of("uk", "ie", "au", "nz", "in", "za", "sg", "my", "pk",
            "ng", "ke", "gh", "lk", "bd", "eu", "de", "at", "ch", "fr", "be", "nl", "lu", "es", "pt", "it", "dk", "no",
            "se", "fi", "is", "pl", "cz", "sk", "si", "hr", "rs", "ro", "bg", "gr", "tr", "ru", "ua", "il", "br", "ar",
            "cl", "pe", "uy", "mx");

    /**
     * @param languageTag a BCP-47 tag ({@code en-GB}, {@code de}, {@code en_US} as Open Graph writes
     *        it), possibly {@code null}
     * @return the order the locale writes: by the region when the tag has one and the language is
     *         English ({@code en-US} month first, {@code en-GB} day first), by the language
     *         otherwise (German, French, Spanish, ... day first); {@link #UNKNOWN} for English
     *         without a region, a language that writes the year first, or no tag
     */
    public static DateOrder ofLocale(String languageTag) {
        if (languageTag == null) {
            return UNKNOWN;
        }
        String[] parts = languageTag.trim().split("[-_]");
        String language = parts[0].toLowerCase(Locale.ROOT);
        if (language.length() < 2 || language.length() > 3 || YEAR_FIRST_LANGUAGES.contains(language)) {
            return UNKNOWN;
        }
        if (!language.equals("en")) {
            return DAY_FIRST;
        }
        String region = region(parts);
        if (region == null || MIXED_REGIONS.contains(region)) {
            return UNKNOWN;
        }
        return MONTH_FIRST_REGIONS.contains(region) ? MONTH_FIRST : DAY_FIRST;
    }

    /**
     * Weak: a country's domain says where a site is, not how it writes; for pages whose locale
     * says nothing.
     *
     * @param host a host name ({@code news.example.co.uk}), possibly {@code null}
     * @return {@link #DAY_FIRST} for a domain of a country that writes the day first,
     *         {@link #MONTH_FIRST} for {@code .us}, else {@link #UNKNOWN}
     */
    public static DateOrder ofHost(String host) {
        if (host == null) {
            return UNKNOWN;
        }
        String h = host.toLowerCase(Locale.ROOT);
        String tld = h.substring(h.lastIndexOf('.') + 1);
        if (tld.equals("us")) {
            return MONTH_FIRST;
        }
        return DAY_FIRST_DOMAINS.contains(tld) ? DAY_FIRST : UNKNOWN;
    }

    /** @return the region subtag (two letters, after an optional script), upper case, or {@code null} */
    private static String region(String[] parts) {
        for (int i = 1; i < parts.length && i <= 2; i++) {
            if (parts[i].length() == 2) {
                return parts[i].toUpperCase(Locale.ROOT);
            }
        }
        return null;
    }
}
