package org.gazette.benchmarks.eval;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Title, author and date comparisons.
 */
final class Metadata {

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u200B\\uFEFF]+");
    private static final Pattern SINGLE_QUOTES = Pattern.compile("[\\u2018\\u2019\\u201A\\u201B\\u2032\\u0060\\u00B4]");
    private static final Pattern DOUBLE_QUOTES = Pattern.compile("[\\u201C\\u201D\\u201E\\u201F\\u2033\\u00AB\\u00BB]");
    private static final Pattern DASHES = Pattern.compile("[\\u2010\\u2011\\u2012\\u2013\\u2014\\u2015\\u2212\\uFE58\\uFE63\\uFF0D]");
    private static final Pattern NAME_SEPARATORS = Pattern.compile(",|;|&|\\s+and\\s+", Pattern.CASE_INSENSITIVE);

    private Metadata() {
    }

    /**
     * @param text a title or name, possibly {@code null}
     * @return it after Unicode NFKC, with curly quotes as {@code '} or {@code "}, dashes as
     *         {@code -}, lower case, whitespace runs as one space, trimmed; empty for {@code null}
     */
    static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        s = SINGLE_QUOTES.matcher(s).replaceAll("'");
        s = DOUBLE_QUOTES.matcher(s).replaceAll("\"");
        s = DASHES.matcher(s).replaceAll("-");
        s = s.toLowerCase(Locale.ROOT);
        return SPACES.matcher(s).replaceAll(" ").trim();
    }

    /** @return whether the titles are equal after trimming only */
    static boolean titleStrict(String predicted, String gold) {
        return predicted != null && gold != null && predicted.trim().equals(gold.trim());
    }

    /** @return whether the titles are equal after {@link #normalise} */
    static boolean titleNormalised(String predicted, String gold) {
        return predicted != null && gold != null && normalise(predicted).equals(normalise(gold));
    }

    /**
     * @param bylines author strings, each possibly naming several ("A and B", "A, B", "A &amp; B", "A; B")
     * @return the normalised names, without empties
     */
    static Set<String> names(List<String> bylines) {
        Set<String> names = new LinkedHashSet<>();
        for (String byline : bylines) {
            if (byline == null) {
                continue;
            }
            for (String part : NAME_SEPARATORS.split(normalise(byline))) {
                String name = part.trim();
                if (!name.isEmpty()) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    /** @return whether both sides name the same set of authors (and at least one) */
    static boolean authorsExact(List<String> predicted, String gold) {
        Set<String> g = names(List.of(gold));
        return !g.isEmpty() && g.equals(names(predicted));
    }

    /** @return whether the two sides share at least one author name */
    static boolean authorsOverlap(List<String> predicted, String gold) {
        Set<String> p = names(predicted);
        for (String name : names(List.of(gold))) {
            if (p.contains(name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param published the extracted date or date-time (ISO-8601), possibly {@code null}
     * @param gold {@code YYYY-MM-DD} or {@code YYYY-MM}
     * @return whether the extracted date part (its first 10 characters, or 7 for a month gold) equals the gold
     */
    static boolean dateMatches(String published, String gold) {
        if (published == null || gold == null) {
            return false;
        }
        String g = gold.trim();
        int n = g.length() == 7 ? 7 : 10;
        String p = published.trim();
        return p.length() >= n && g.length() >= n && p.substring(0, n).equals(g.substring(0, n));
    }
}
