package org.gazette.enrich.entities.impl;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.gazette.api.model.EntityType;

/**
 * The type a run of capitalised words has from its own words: an organisation word at its end
 * ("Acme Inc"), a city before a plural ("Boston Red Sox"), a place word ("Hudson River", "Mount
 * Hood"), a compass word before a known place ("West Oakland"), a given name first ("Brock Holt").
 */
final class WordTyping {

    private final Lexicon lexicon;
    private final List<Token> tokens;
    /** Lower-case words written in lower case somewhere in the text. */
    private final Set<String> lowerInText;
    private final PlaceNouns placeNouns;
    private final TermNames terms;

    WordTyping(Lexicon lexicon, List<Token> tokens, Set<String> lowerInText) {
        this.lexicon = lexicon;
        this.tokens = tokens;
        this.lowerInText = lowerInText;
        this.placeNouns = new PlaceNouns(tokens);
        this.terms = new TermNames(lexicon, tokens, t -> lexicon.isCommonWord(t.text.toLowerCase(Locale.ROOT))
                || lowerInText.contains(t.text.toLowerCase(Locale.ROOT)));
    }

    /** @return the type a run of words has from its own words, or {@code null} */
    EntityType typeFromWords(Candidate c) {
        String first = tokens.get(c.from).text;
        String last = tokens.get(c.to - 1).text;
        if (c.length() >= 2 && lexicon.isOrgSuffix(last)) {
            return terms.isPluralTerm(c.from, c.to) ? null : EntityType.ORGANIZATION; // not "testing Geographic Information Systems"
        }
        if (c.length() >= 2 && c.known == null && (last.length() > 3 || NameWords.isMediaWord(last)) && !lexicon.isPlaceSuffix(last)) {
            int phrase = lexicon.longestPhrase(tokens, c.from, c.to, false);
            Known place = phrase > 0 ? lexicon.phrase(tokens, c.from, c.from + phrase, false) : null;
            if (place != null && (place.kind() == Known.Kind.CITY || place.kind() == Known.Kind.STATE || TeamRegions.names(place, tokens, c.from))
                    && (!place.ambiguous() || c.from > 0 && tokens.get(c.from - 1).text.equalsIgnoreCase("the")) // "the Houston Astros"
                    && phrase < c.length() && c.length() - phrase <= 2 && (last.endsWith("s") || NameWords.isMediaWord(last))) {
                return EntityType.ORGANIZATION; // a team named after its city
            }
        }
        if (AcronymOrganisationOfPlace.in(lexicon, tokens, c.from, c.to) || TeamsBesidePlayWords.in(lexicon, tokens, c)
                || DailyNewspaperNames.in(tokens, c)) {
            return EntityType.ORGANIZATION; // "NHS England", "Golden State Warriors guard Ann Lee"
        }
        if (RunsEndingInKnownOrganisations.in(lexicon, tokens, c)) {
            return EntityType.ORGANIZATION; // "the International Red Cross"
        }
        if (c.length() >= 3 && VenueHeadOf.in(lexicon, tokens, c.from, c.to)) {
            return EntityType.LOCATION; // "Museum of Modern Art", "Cleveland Museum of Art"
        }
        if (c.length() >= 3 && lexicon.isOrgHead(first) && tokens.get(c.from + 1).is("of")) {
            return EntityType.ORGANIZATION;
        }
        for (int k = c.from + 1; k < c.to - 1; k++) {
            if (tokens.get(k).is("of") && (lexicon.isOrgSuffix(tokens.get(k - 1).text) || lexicon.isOrgHead(tokens.get(k - 1).text))
                    && !lexicon.isPlaceSuffix(tokens.get(k - 1).text)) {
                return EntityType.ORGANIZATION; // "Labrador Court of Appeal", "Acme Bank of Ohio"
            }
        }
        if (c.length() >= 2 && NameWords.isForeignOrganisationHead(first)) {
            return EntityType.ORGANIZATION; // "Universidad Nacional", "Conservatoire de Paris"
        }
        if (c.length() >= 2 && (lexicon.isPlaceSuffix(last) || lexicon.isPlaceHead(first) || NameWords.isCompass(first)
                && compassPlace(c.from, c.to) == c.length() - 1)) {
            return EntityType.LOCATION;
        }
        if (c.length() >= 2 && (givenNameFirst(c) || NameWords.isInitial(first)) && !NameWords.isInitial(last)
                && restNameLike(c)) {
            return EntityType.PERSON; // "Brock Holt", not "Basil Harvesting" in a text that grows basil
        }
        if (c.known == null && ArabicArticleSurnames.in(tokens, c.from, c.to)) {
            return EntityType.PERSON; // "Nouri al-Maliki"
        }
        if (c.known == null && c.length() <= 3 && placeNouns.namesPlace(c.from, c.to)) {
            return EntityType.LOCATION; // "north of Velmora", "Velmora, a town in"
        }
        if (c.known == null && c.length() <= 3 && !lexicon.isFirstName(first) && placeNouns.namedAfterPlaceNoun(c.from, c.to)) {
            return EntityType.LOCATION; // "in the capital, Velmora, police said"; not "in the town, Tom Reed, 54, said"
        }
        return null;
    }

    /**
     * @return whether the run starts with a given name; one of the US records only not after "the"
     *         ("the Marlow Courant" is a newspaper), where a name of first-names.txt still counts
     */
    private boolean givenNameFirst(Candidate c) {
        String first = tokens.get(c.from).text;
        return lexicon.isFirstNameAlone(first)
                || lexicon.isFirstName(first) && !(c.from > 0 && tokens.get(c.from - 1).text.equalsIgnoreCase("the"));
    }

    /**
     * @return false when the given name is itself written in lower case in the text and a word after
     *         it is too, or is a common word ("Basil Harvesting" in a text on growing basil), else true
     */
    private boolean restNameLike(Candidate c) {
        boolean firstLower = lowerInText.contains(tokens.get(c.from).text.toLowerCase(Locale.ROOT));
        for (int k = c.from + 1; k < c.to; k++) {
            Token t = tokens.get(k);
            String lower = t.text.toLowerCase(Locale.ROOT);
            if (firstLower && t.shape == Token.Shape.CAPITALISED && (lexicon.isCommonWord(lower) || lowerInText.contains(lower))) {
                return false;
            }
        }
        return true;
    }

    /** @return the length of the known place after a compass word at {@code i} ("West" "Oakland"), or 0 */
    int compassPlace(int i, int limit) {
        if (!NameWords.isCompass(tokens.get(i).text) || i + 1 >= limit || !tokens.get(i + 1).isCapital()
                || tokens.get(i + 1).sentenceStart) {
            return 0;
        }
        int phrase = lexicon.longestPhrase(tokens, i + 1, limit, false);
        Known known = phrase > 0 ? lexicon.phrase(tokens, i + 1, i + 1 + phrase, false) : null;
        if (known == null || known.type() != EntityType.LOCATION || known.ambiguous()
                || i + 1 + phrase < limit && tokens.get(i + 1 + phrase).isCapital()) {
            return 0; // "South Africa" is in the gazetteer itself; "West Bank Road" is a longer name
        }
        return phrase;
    }
}
