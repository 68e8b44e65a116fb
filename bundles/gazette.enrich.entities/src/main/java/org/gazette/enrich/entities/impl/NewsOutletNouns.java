package org.gazette.enrich.entities.impl;

import java.util.List;
import java.util.Set;

/**
 * Lower-case nouns of news outlets right after a name, which make it an outlet, an organisation:
 * "the state-run Quarna news agency", "the Velmo newspaper", "the Tarsk daily", "the Orvik
 * broadcaster" (through {@link CuedOrganisations}).
 */
final class NewsOutletNouns {

    /** Outlets named by one word after the name. */
    private static final Set<String> ONE_WORD = Set.of("newspaper", "newspapers", "tabloid", "broadcaster", "daily",
            "weekly", "newswire", "newsweekly");
    /** Second words after "news": "news agency", "news channel". */
    private static final Set<String> AFTER_NEWS = Set.of("agency", "agencies", "channel", "network", "outlet", "service",
            "site", "website", "wire");

    private NewsOutletNouns() {
    }

    /** @return whether the tokens at {@code k} are a noun of a news outlet in lower case */
    static boolean at(List<Token> tokens, int k) {
        if (k >= tokens.size() || tokens.get(k).shape != Token.Shape.LOWER) {
            return false;
        }
        String w = tokens.get(k).text;
        return ONE_WORD.contains(w) || w.equals("news") && k + 1 < tokens.size()
                && tokens.get(k + 1).shape == Token.Shape.LOWER && AFTER_NEWS.contains(tokens.get(k + 1).text);
    }
}
