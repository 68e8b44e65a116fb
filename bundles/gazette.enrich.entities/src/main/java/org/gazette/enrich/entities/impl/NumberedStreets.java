package org.gazette.enrich.entities.impl;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.gazette.api.model.EntityType;

/**
 * A street named by an ordinal number is a place: "10th Street", "51st Street", "3rd Avenue" ("Place" is left out: "5th Place" is as often a rank);
 * "Fifth Avenue" needs no rule (its words are capitalised), but a number is no capitalised word, so
 * the name rules see only "Street". A compass word or letter before the number is part of the name
 * ("West 51st Street", "N 44th St", "S. 75th Ave"), and so is a place word after the street word
 * ("the 42nd Street Station"). Only where nothing else was tagged.
 */
final class NumberedStreets {

    private static final Pattern ORDINAL = Pattern.compile("[1-9][0-9]{0,3}(?:st|nd|rd|th)");
    private static final Set<String> STREET_WORDS = Set.of("Street", "St", "St.", "Avenue", "Ave", "Ave.", "Road", "Rd",
            "Rd.", "Boulevard", "Blvd", "Blvd.", "Drive", "Lane", "Terrace", "Parkway", "Way");
    private static final Set<String> COMPASS = Set.of("North", "South", "East", "West", "N", "S", "E", "W", "N.", "S.", "E.",
            "W.", "NE", "NW", "SE", "SW");

    private final Lexicon lexicon;
    private final List<Token> tokens;

    NumberedStreets(Lexicon lexicon, List<Token> tokens) {
        this.lexicon = lexicon;
        this.tokens = tokens;
    }

    void add(AddedNames added) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Token number = tokens.get(i);
            if (number.shape != Token.Shape.NUMBER || !ORDINAL.matcher(number.text).matches()
                    || !STREET_WORDS.contains(tokens.get(i + 1).text)) {
                continue;
            }
            int from = i > 0 && COMPASS.contains(tokens.get(i - 1).text) && added.free(i - 1, i) ? i - 1 : i;
            int to = i + 2;
            while (to < tokens.size() && tokens.get(to).shape == Token.Shape.CAPITALISED && lexicon.isPlaceSuffix(tokens.get(to).text)
                    && added.free(to, to + 1)) {
                to++; // "42nd Street Station"
            }
            if (added.free(from, to)) {
                added.add(from, to, EntityType.LOCATION, added.surface(from, to), 0.6);
            }
        }
    }
}
