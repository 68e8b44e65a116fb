package org.gazette.enrich.entities.impl;

import java.util.Set;

/**
 * Fixed word classes for finding names: particles inside names, function words that never start
 * one, compass words, foreign organisation heads, newspaper and team words, capitals that are no
 * acronym of an organisation. Immutable constants.
 */
final class NameWords {

    /** Lower-case words that join the parts of a name ("Ludwig van Beethoven", "Osama bin Laden"). */
    private static final Set<String> PARTICLES = Set.of("van", "der", "den", "de", "del", "della", "di", "da", "dos",
            "das", "du", "la", "le", "von", "zu", "bin", "ibn", "bint", "al", "el", "abu", "y", "ter", "ten", "af");
    /** Capitalised words that never start a name ("The", "In", "I"). */
    private static final Set<String> FUNCTION_WORDS = Set.of("the", "a", "an", "i", "in", "on", "at", "of", "and",
            "or", "but", "to", "for", "with", "by", "from", "as", "is", "it", "this", "that", "these", "those", "he",
            "she", "we", "they", "you", "his", "her", "their", "our", "my", "your", "its", "if", "so", "no", "not",
            "all", "some", "any", "there", "here", "when", "where", "what", "who", "how", "why", "yes", "oh", "mr",
            "me", "him", "them", "us", "was", "were", "are", "be", "do", "did", "does", "has", "have", "had", "can",
            "will", "would", "should", "could", "may", "might", "must", "after", "before", "while", "then", "than",
            "also", "just", "only", "even", "still", "now", "one", "two", "three", "first", "last", "new", "every",
            "each", "both", "many", "most", "such", "other", "another", "about", "into", "over", "under", "again",
            "very", "more", "less", "like", "ok", "okay", "well", "hi", "hello", "dear", "thanks", "thank", "please");
    /** Compass words that make a new place of a known one before it ("West Oakland", "South Florida"). */
    private static final Set<String> COMPASS = Set.of("North", "South", "East", "West", "Northeast", "Northwest",
            "Southeast", "Southwest", "Central", "Upper", "Lower", "Greater", "Downtown", "Midtown", "Uptown");
    /** First words of organisation names in other languages ("Universidad de Chile", "Banco Santander"). */
    private static final Set<String> FOREIGN_ORGANISATION_HEADS = Set.of("Universidad", "Universidade", "Università",
            "Universität", "Université", "Universiteit", "Uniwersytet", "Conservatoire", "Conservatorio", "Instituto",
            "Institut", "Istituto", "Banco", "Banque", "Banca", "Museo", "Musée", "Museu", "Ministerio", "Ministère",
            "Ministério", "Partido", "Parti", "Partito", "Partei", "Escuela", "Escola", "École", "Colegio", "Hochschule",
            "Fundación", "Fundação", "Fondation", "Stiftung", "Compagnie", "Compañía", "Société", "Gesellschaft",
            "Academia", "Académie", "Akademie", "Accademia", "Laboratorio", "Laboratoire", "Agencia", "Agenzia", "Ministerium");
    /** Last words of newspapers and teams that do not end in "s" ("Boston Globe", "Miami Heat", "Utah Jazz"). */
    private static final Set<String> MEDIA_AND_TEAM_WORDS = Set.of("Globe", "Sun", "Star", "Mirror", "Observer",
            "Guardian", "Independent", "Telegraph", "Examiner", "Inquirer", "Enquirer", "Courier", "Dispatch",
            "Bulletin", "Sentinel", "Register", "Ledger", "Standard", "Heat", "Magic", "Jazz", "Thunder", "Fire",
            "Galaxy", "Wild", "Lightning", "Sox", "United", "FC", "Rovers", "Express");
    /** Acronyms in capitals that are not organisations. */
    private static final Set<String> NOT_ACRONYMS = Set.of("I", "A", "OK", "TV", "CEO", "CFO", "COO", "AM", "PM",
            "AI", "GDP", "PhD", "MP", "MPs", "DNA", "RNA", "ID", "IT", "PC", "PR", "HR", "VIP", "USB", "UK", "US",
            "LGBT", "LGBTQ", "COVID", "HIV", "AIDS", "CD", "DVD", "FAQ", "PDF", "URL", "GPS", "SUV", "UFO", "AD",
            "BC", "BCE", "CE", "NO", "YES", "II", "III", "IV", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "Q", "OMG",
            "LOL", "BBQ", "DJ", "MC", "ER", "ICU", "IQ", "IPO", "RSVP", "ASAP", "FYI", "P.S.", "A.M.", "P.M.", "THE",
            "AND", "OF", "MD", "PS", "EST", "GMT", "UTC", "PST", "ET", "PT", "CT", "MT", "US$", "VP", "NB", "OR", "IN");

    /** See {@link #startsObject}. */
    private static final Set<String> OBJECT_STARTS = Set.of("the", "a", "an", "your", "some", "any", "each", "every",
            "equal", "it", "them", "up", "out", "off", "down", "away", "lots", "plenty");

    private NameWords() {
    }

    /** @return whether the lower-case word joins the parts of a name ("van", "bin", "de") */
    static boolean isParticle(String word) {
        return PARTICLES.contains(word);
    }

    /** @return whether the lower-case word is a function word ("the", "will", "and") */
    static boolean isFunctionWord(String lower) {
        return FUNCTION_WORDS.contains(lower);
    }

    /** @return whether the word is a compass word ("North", "Downtown") */
    static boolean isCompass(String word) {
        return COMPASS.contains(word);
    }

    /** @return whether the word heads organisation names in another language ("Universidad", "Banco") */
    static boolean isForeignOrganisationHead(String word) {
        return FOREIGN_ORGANISATION_HEADS.contains(word);
    }

    /** @return whether a capitalised single token looks like an acronym of an organisation ("NATO", "ROTC") */
    static boolean isAcronym(Token t) {
        return t.shape == Token.Shape.UPPER && t.text.length() >= 2 && t.text.length() <= 6
                && !NOT_ACRONYMS.contains(t.text);
    }

    /** Last words of teams and newspapers named after their city ("Boston Globe", "Orlando Magic", "Miami Heat"). */
    static boolean isMediaWord(String word) {
        return MEDIA_AND_TEAM_WORDS.contains(word);
    }

    /** @return whether the word is an initial ("J.") */
    static boolean isInitial(String word) {
        return word.length() == 2 && word.charAt(1) == '.' && Character.isUpperCase(word.charAt(0));
    }

    /**
     * "I've", "I’m", "I'd", "I'll": a pronoun with its verb; "Don't", "Can’t", "We'll", "They're",
     * "You've": a verb or pronoun with its contraction; never a name ("O'Neill" is not one).
     */
    static boolean isContraction(String lower) {
        if (lower.length() > 2 && lower.charAt(0) == 'i' && (lower.charAt(1) == '\'' || lower.charAt(1) == '’')) {
            return true;
        }
        String ending = lower.replace('’', '\'');
        return ending.length() > 3 && (ending.endsWith("n't") || ending.endsWith("'ll") || ending.endsWith("'re")
                || ending.endsWith("'ve"));
    }

    /**
     * A word opening a sentence that opens a clause rather than names: a verb in the imperative
     * before its object ("Combine equal parts", "Obtain the seeds"), an adverb in "-ly" before a comma
     * ("Traditionally, …"; "Italy" and "Emily" are known names and never get here).
     */
    static boolean opensClause(String lower, Token next) {
        return startsObject(next.text) || lower.length() > 6 && lower.endsWith("ly") && next.isPunct(',');
    }

    /**
     * Lower-case words that follow a verb in the imperative opening a sentence ("Combine equal
     * amounts", "Obtain the seeds", "Keep it dry") and rarely a name there.
     */
    static boolean startsObject(String word) {
        return OBJECT_STARTS.contains(word);
    }

    /** @return whether the word holds a digit ("4G", "COVID-19"): never a name */
    static boolean hasDigit(String word) {
        for (int k = 0; k < word.length(); k++) {
            if (Character.isDigit(word.charAt(k))) {
                return true;
            }
        }
        return false;
    }
}
