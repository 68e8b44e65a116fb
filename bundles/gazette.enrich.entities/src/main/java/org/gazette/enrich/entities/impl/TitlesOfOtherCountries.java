package org.gazette.enrich.entities.impl;

import java.util.List;
import java.util.Objects;

/**
 * A title alone qualified by a country ("Russia's President", "the Russian President") joins only a
 * holder of that title not named with another country ("Mexican President Ann Lee" is not "the
 * Russian President"): news names the leaders of two countries with the same title side by side.
 * A holder or a title alone without a country before it decides nothing. Also for a title in a
 * headline ({@link CaselessMatcher}: "Tarnby Sworn In as Zimbabwe Prime Minister" is not the
 * "Australian Prime Minister Ann Lee" of the report).
 */
final class TitlesOfOtherCountries {

    private final Lexicon lexicon;
    private final List<Token> tokens;

    TitlesOfOtherCountries(Lexicon lexicon, List<Token> tokens) {
        this.lexicon = lexicon;
        this.tokens = tokens;
    }

    /**
     * @param sorted holders of the title, sorted by position
     * @return the last holder before the title alone {@code c} that is not named with another country, or {@code null}
     */
    Candidate lastHolder(List<Candidate> sorted, Candidate c) {
        String country = countryBefore(c.spanFrom);
        for (int k = sorted.size() - 1; k >= 0; k--) {
            Candidate h = sorted.get(k);
            if (h.from >= c.from) {
                continue;
            }
            String other = country == null ? null : countryBefore(h.spanFrom);
            if (other == null || Objects.equals(country, other)) {
                return h;
            }
        }
        return null;
    }

    /**
     * @param title where a title alone starts ("Zimbabwe Prime Minister" in a headline)
     * @param holder the mention named with that title, or {@code null}
     * @return whether a country before the title differs from the one written before its holder
     */
    boolean otherCountry(int title, Candidate holder) {
        if (holder == null) {
            return false;
        }
        String country = countryBefore(title);
        String other = country == null ? null : countryBefore(holder.spanFrom);
        return other != null && !country.equals(other);
    }

    /**
     * @return the canonical name of the country written right before the token, as a name with a
     *         possessive ("Russia's") or a demonym ("Russian"), or {@code null}
     */
    String countryBefore(int token) {
        int end = token;
        if (end > 0 && tokens.get(end - 1).shape == Token.Shape.POSSESSIVE) {
            end--;
        }
        for (int from = Math.max(0, end - 4); from < end; from++) {
            if (lexicon.longestPhrase(tokens, from, end, false) != end - from) {
                continue;
            }
            Known known = lexicon.phrase(tokens, from, end, false);
            if (known != null && (known.kind() == Known.Kind.COUNTRY
                    || known.kind() == Known.Kind.DEMONYM && known.type() == null)) {
                return known.canonical();
            }
        }
        return null;
    }
}
