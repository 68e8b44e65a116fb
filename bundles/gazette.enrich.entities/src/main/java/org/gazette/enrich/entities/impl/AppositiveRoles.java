package org.gazette.enrich.entities.impl;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A name followed by a comma and a noun phrase headed by a role or a noun of kinship is a
 * person's: "Tosk Varenni, the president of the council,", "Ilko Marsk, a spokesman for the
 * party", "Ilko Marsk, its founder.", "Quorin, his brother, asked", "Ana Ruiz, director of the
 * museum", "Jaap Hoek, the head of NATO,", "Ola Berg, a native of Oslo". The role must head the
 * phrase: a preposition, a comma, a full stop, "who" or the end of the line follows it ("the
 * president's office" and "the president said" are no apposition). Not after a preposition
 * of place ("In Velmora, the mayor of the town said" describes a place) or "of" ("Gordon of
 * Velmora, author of"), nor a run ending with a role itself ("Occupation Actress, writer"). And the
 * other way round ({@link #before}): "the head of NATO, Jaap Hoek,".
 */
final class AppositiveRoles {

    /** Words that may open the apposition before the role: articles and possessive determiners. */
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "his", "her", "their", "its", "our", "my", "your");
    /** Words after the role that show it heads the phrase. */
    private static final Set<String> AFTER_HEAD = Set.of("of", "for", "at", "in", "with", "from", "on", "to", "and", "who",
            "whose", "since", "until", "between");
    /** Nouns for people that are no titles before a name: "the head of NATO", "a native of Ohio". */
    private static final Set<String> PERSON_NOUNS = Set.of("head", "native", "resident", "graduate", "veteran", "citizen",
            "alumnus", "alumna", "widow", "mother", "father");
    /** Words at most between the determiner and the role ("the former deputy", "a senior Kenyan"). */
    private static final int MAX_MODIFIERS = 4;
    /** Tokens at most of the name of what a role is held in, between "of" and the comma ("the Quarrow Republic"). */
    private static final int MAX_HELD_TOKENS = 6;

    private final Lexicon lexicon;
    private final List<Token> tokens;

    AppositiveRoles(Lexicon lexicon, List<Token> tokens) {
        this.lexicon = lexicon;
        this.tokens = tokens;
    }

    /** @return whether the name [from, end) is followed by such an apposition, and not after a preposition of place */
    boolean after(int from, int end) {
        if (end + 2 >= tokens.size() || !tokens.get(end).isPunct(',') || lexicon.isRole(tokens.get(end - 1).text)
                || from > 0 && (Cues.LOCATIVE.contains(tokens.get(from - 1).text.toLowerCase(Locale.ROOT))
                || tokens.get(from - 1).is("of"))) {
            return false;
        }
        int k = end + 1;
        if (DETERMINERS.contains(tokens.get(k).text)) {
            k++;
        }
        for (int modifiers = 0; k < tokens.size() && modifiers <= MAX_MODIFIERS; modifiers++, k++) {
            Token t = tokens.get(k);
            if (!t.isWord() || t.sentenceStart) {
                return false;
            }
            int role = t.shape == Token.Shape.LOWER ? lexicon.roleAt(tokens, k, tokens.size()) : 0;
            int head = role > 0 ? k + role : RelationNouns.isRelation(t) || PERSON_NOUNS.contains(t.text) ? k + 1 : -1;
            if (head > 0) {
                return heads(head);
            }
        }
        return false;
    }

    /**
     * @return whether the name [from, end) follows a comma after a role with what it is held in
     *         ("the head of NATO, Jaap Hoek,", "the president of the Quarrow Republic, Ilko Marsk said")
     *         or after a possessive and a role ("Velmora's mayor, Ana Ruiz,"), and starts no list
     *         ("the mayor of Quarrow, Velmora and Tesk" names places)
     */
    boolean before(int from, int end) {
        if (from < 4 || !tokens.get(from - 1).isPunct(',') || startsList(end)) {
            return false;
        }
        int k = from - 2;
        if (headRole(k) && (tokens.get(k - 1).shape == Token.Shape.POSSESSIVE || DETERMINERS.contains(tokens.get(k - 1).text))) {
            return true; // "Velmora's mayor, Ana Ruiz"
        }
        for (int n = 0; n < MAX_HELD_TOKENS && k > 1; n++, k--) {
            Token t = tokens.get(k);
            if ((t.is("of") || t.is("for") || t.is("at")) && n > 0) {
                return headRole(k - 1);
            }
            if (!t.isCapital() && !t.is("the") && !t.is("of") && !t.is("and") && !t.isPunct('&')) {
                return false;
            }
        }
        return false;
    }

    /** A lower-case role, person noun or noun of kinship ends at {@code k}. */
    private boolean headRole(int k) {
        Token t = tokens.get(k);
        return t.shape == Token.Shape.LOWER && (lexicon.roleBefore(tokens, k + 1) > 0 || PERSON_NOUNS.contains(t.text)
                || RelationNouns.isRelation(t)) && !Roles.isAdjective(t.text);
    }

    /** "and", "or", or a comma and a capitalised word after the name: a list of names, not one person. */
    private boolean startsList(int end) {
        if (end >= tokens.size()) {
            return false;
        }
        Token t = tokens.get(end);
        return t.is("and") || t.is("or") || t.isPunct('&')
                || t.isPunct(',') && end + 1 < tokens.size() && tokens.get(end + 1).isCapital() && !tokens.get(end + 1).sentenceStart;
    }

    /** The token after the role shows that the role heads its phrase. */
    private boolean heads(int k) {
        if (k >= tokens.size()) {
            return true;
        }
        Token t = tokens.get(k);
        return t.lineStart || t.isPunct(',') || t.isPunct('.') || t.isPunct(';') || t.isPunct(')') || AFTER_HEAD.contains(t.text);
    }
}
