package org.gazette.enrich.entities.impl;

import java.util.List;

/**
 * An institution named with a country or demonym before a word that the gazetteer knows as another
 * country's institution, or as no country's, is that country's institution and an entity of its
 * own: "the Kenyan Parliament" is not the gazetteer's "Parliament", "the Nigerian Senate" not the
 * "US Senate"; but "the American Senate" is the US Senate, whose canonical name names the United
 * States. Then the institution's word alone in the same text ("the Senate") is that country's
 * institution too, when it is only ever written alone.
 */
final class OtherCountryInstitutions {

    private final Lexicon lexicon;
    private final Tokenizer tokenizer = new Tokenizer(64);

    OtherCountryInstitutions(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * @param country the canonical name of the country the longer name opens with ("Kenya" for "Kenyan")
     * @param known the gazetteer organisation the rest of the name is
     * @return whether the gazetteer organisation names no country or another one in its canonical name
     */
    boolean otherCountry(String country, Group known) {
        List<Token> words = tokenizer.tokenize(known.canonical, known.canonical.length());
        for (int k = 0; k < words.size(); k++) {
            if (!words.get(k).isCapital()) {
                continue;
            }
            for (int to = k + 1; to <= Math.min(words.size(), k + 3); to++) { // "US" in "US Senate", itself a phrase
                Known place = lexicon.phrase(words, k, to, false);
                if (place != null && (place.kind() == Known.Kind.COUNTRY || place.kind() == Known.Kind.DEMONYM)) {
                    return !place.canonical().equals(country);
                }
            }
        }
        return true;
    }

    /** @return whether every mention of the gazetteer organisation is written alone, as {@code word} ("Senate") */
    static boolean writtenAlone(Group known, String word) {
        return known.members.stream().allMatch(m -> Names.key(m.surface).equals(Names.key(word)));
    }
}
