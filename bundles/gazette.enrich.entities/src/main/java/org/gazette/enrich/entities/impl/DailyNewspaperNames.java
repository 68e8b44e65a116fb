package org.gazette.enrich.entities.impl;

import java.util.List;

/**
 * A name opening with "Daily" after "the" is a newspaper, an organisation: "the Daily Quarrow",
 * "The Daily Velmoran" (as "Daily" ends one, "China Daily"); not "Daily" alone, nor a name without
 * the article ("Daily et al.", a family name).
 */
final class DailyNewspaperNames {

    private DailyNewspaperNames() {
    }

    static boolean in(List<Token> tokens, Candidate c) {
        return c.length() >= 2 && c.length() <= 4 && c.from > 0 && tokens.get(c.from).text.equals("Daily")
                && tokens.get(c.from - 1).text.equalsIgnoreCase("the") && tokens.get(c.from + 1).isCapital();
    }
}
