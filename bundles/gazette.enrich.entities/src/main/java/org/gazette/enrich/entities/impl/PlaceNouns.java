package org.gazette.enrich.entities.impl;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Lower-case nouns of places around an unknown name: "north of Velmora", "the outskirts of
 * Velmora", "the capital of Velmora", "Velmora, a small town in …" and "Velmora is a small town in
 * …" ("Velmora is the capital of …"), "Velmora is located …", "Velmora, situated on …". Such a name is a place.
 * Not "the town of Velmora": there the town is the mention and its name no entity of its own.
 */
final class PlaceNouns {

    /**
     * Nouns of a place beside or around the place named after "of" ("north of …", "the outskirts of
     * …"): strong enough to decide the type. {@link Cues#PLACE_OF} is the wider list that only votes
     * ("the people of …").
     */
    private static final Set<String> BEFORE_OF = Set.of("north", "south", "east", "west", "northeast", "northwest",
            "southeast", "southwest", "north-east", "north-west", "south-east", "south-west", "outskirts", "suburbs",
            "environs", "capital", "streets", "heart", "shores", "coast", "cities", "towns", "villages", "hills", "jungle",
            "desert", "diocese", "ruins", "corner", "cemetery", "harbour", "harbor", "city-states", "provinces", "counties",
            "kingdoms");
    /** Nouns that say what a place is after its name and a comma ("Velmora, a town in …"). */
    private static final Set<String> APPOSITION = Set.of("city", "town", "village", "hamlet", "region", "province",
            "island", "county", "district", "capital", "suburb", "port", "country", "municipality", "borough",
            "neighbourhood", "neighborhood", "peninsula", "resort", "river", "mountain", "lake", "valley");
    /** Words after such a noun that close the apposition ("a town in …", "a port near …", "a city."). */
    private static final Set<String> AFTER_APPOSITION = Set.of("in", "on", "near", "north", "south", "east", "west",
            "located", "situated", "that", "which", "where", "with", ",", ".", ";", ")");
    private static final Set<String> ARTICLES = Set.of("a", "an", "the");
    /** Verbs that say what the name is: "Velmora is a town in …". */
    private static final Set<String> COPULAS = Set.of("is", "was", "remains", "became");
    /** Participles that say where the name lies: "Velmora is located …", "Velmora, situated on …". */
    private static final Set<String> LOCATED = Set.of("located", "situated");

    private final List<Token> tokens;

    PlaceNouns(List<Token> tokens) {
        this.tokens = tokens;
    }

    /** @return whether the run of tokens [from, to) stands after "north of" or before ", a town" */
    boolean namesPlace(int from, int to) {
        if (from >= 2 && tokens.get(from - 1).is("of") && lower(from - 2) && BEFORE_OF.contains(word(from - 2))) {
            return true;
        }
        if (to + 1 < tokens.size() && (tokens.get(to).is("is") || tokens.get(to).is("was") || tokens.get(to).isPunct(','))
                && LOCATED.contains(tokens.get(to + 1).text)) {
            return true; // "Velmora was located thirty miles north", "Velmora, situated on the coast"
        }
        if (to + 2 < tokens.size() && COPULAS.contains(tokens.get(to).text) && ARTICLES.contains(word(to + 1))) {
            return placeNounAt(to + 2, true); // "Velmora is a small town in …", "Velmora is the capital of …"
        }
        if (to + 2 >= tokens.size() || !tokens.get(to).isPunct(',') || !ARTICLES.contains(word(to + 1))) {
            return false;
        }
        return placeNounAt(to + 2, false);
    }

    /** Determiners before a noun of places that a name then sets off ("the capital, Velmora,"; "its port, Velmark."). */
    private static final Set<String> DETERMINERS_BEFORE = Set.of("the", "its", "their");

    /**
     * News names a place after saying what it is, set off by commas: "in the capital, Velmora, police
     * said", "fighting reached the northern port, Velmark." The run [from, to) follows "the", "its" or
     * "their", at most two lower-case words, a noun of places and a comma, and a comma, full stop,
     * semicolon or bracket closes it.
     *
     * @return whether the run is set off after such a noun
     */
    boolean namedAfterPlaceNoun(int from, int to) {
        if (from < 3 || to >= tokens.size() || !tokens.get(from - 1).isPunct(',') || !lower(from - 2)
                || !APPOSITION.contains(word(from - 2))) {
            return false;
        }
        Token after = tokens.get(to);
        if (!(after.isPunct(',') || after.isPunct('.') || after.isPunct(';') || after.isPunct(')'))) {
            return false;
        }
        for (int k = from - 3; k >= Math.max(0, from - 5); k--) {
            if (!lower(k)) {
                return false;
            }
            if (DETERMINERS_BEFORE.contains(word(k))) {
                return true;
            }
        }
        return false;
    }

    /** A noun of places within three lower-case words from {@code from}, closing the phrase ("of" too after a copula). */
    private boolean placeNounAt(int from, boolean copula) {
        for (int k = from; k < Math.min(tokens.size(), from + 3); k++) {
            if (!lower(k)) {
                return false;
            }
            if (APPOSITION.contains(word(k))) {
                return k + 1 >= tokens.size() || AFTER_APPOSITION.contains(word(k + 1)) // not "Olmec, a city rose"
                        || copula && word(k + 1).equals("of");
            }
        }
        return false;
    }

    private boolean lower(int k) {
        return tokens.get(k).shape == Token.Shape.LOWER;
    }

    private String word(int k) {
        return tokens.get(k).text.toLowerCase(Locale.ROOT);
    }
}
