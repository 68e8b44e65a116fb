package org.gazette.enrich.entities.impl;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Lower-case nouns of kinship and of personal relations right before a name: "his mentor Vilhelm
 * Thomsen", "her third daughter Lensey", "co-star Jensen Ackles", "my friend Kendra", and, after "a"
 * or a possessive, with a comma: "a classmate, Kaho Tanabe", "his publisher, Simrock". The name is a
 * person's, but not after "its": "its rival Holvane", "its partner Kestrel" are a body's. The titles and roles of {@code titles.txt} ("spokesperson", "President") are
 * {@link Roles}'; these words are not titles, so a capitalised one ("Brother", "Friend") is not taken.
 */
final class RelationNouns {

    private static final Set<String> NOUNS = Set.of("mentor", "colleague", "friend", "wife", "husband", "brother",
            "sister", "son", "daughter", "father", "mother", "cousin", "uncle", "aunt", "nephew", "niece", "grandson",
            "granddaughter", "grandfather", "grandmother", "stepfather", "stepmother", "stepson", "stepdaughter",
            "co-star", "co-stars", "classmate", "classmates", "teammate", "teammates", "bandmate", "roommate",
            "partner", "boyfriend", "girlfriend", "fiancé", "fiancée", "fiance", "fiancee", "widow", "widower",
            "fellow", "rival", "tutor", "pupil", "disciple", "apprentice", "successor", "predecessor", "publisher",
            "biographer", "grammarian", "protégé", "protege", "sibling", "siblings", "twin", "spouse");
    /** Words before the noun that let a comma stand between it and the name: "a classmate, Kaho Tanabe". */
    private static final Set<String> BEFORE_COMMA = Set.of("a", "his", "her", "their", "my", "our", "your", "its");

    private final List<Token> tokens;

    RelationNouns(List<Token> tokens) {
        this.tokens = tokens;
    }

    /** @return whether such a noun stands before the name starting at {@code from} */
    boolean before(int from) {
        if (from < 1) {
            return false;
        }
        if (relation(from - 1)) {
            return !(from >= 2 && tokens.get(from - 2).is("its")); // "its rival Holvane" is a company's rival
        }
        return from >= 3 && tokens.get(from - 1).isPunct(',') && relation(from - 2)
                && BEFORE_COMMA.contains(tokens.get(from - 3).text.toLowerCase(Locale.ROOT));
    }

    private boolean relation(int k) {
        return isRelation(tokens.get(k));
    }

    /** @return whether the token is such a noun, in lower case */
    static boolean isRelation(Token t) {
        return t.shape == Token.Shape.LOWER && (NOUNS.contains(t.text) || t.text.endsWith("-in-law"));
    }
}
