package org.gazette.enrich.entities.impl;

import java.util.ArrayList;
import java.util.List;

/**
 * Joins a family name, a comma and a given name, as reading lists, catalogues and references write
 * a person ("Austen, Jane. Pride and Prejudice", "Marx, Karl and Engels, Friedrich.", "Kelly, D. R.
 * (2007)"), into one person's name, named in the usual order ("Jane Austen"); tagged apart, the family name is often left untyped and the given
 * name alone is taken for another person. The inverted name must start an item (a line, or after
 * ";", ":" or "and") and end one (".", ";", "(", "and", "&" or the end of the text), and the part
 * after the comma must start with a known given name or an initial, so that "Paris, Texas" or "in
 * Houston, Chris said" stay apart.
 */
final class InvertedNames {

    private final Lexicon lexicon;
    private final List<Token> tokens;

    InvertedNames(Lexicon lexicon, List<Token> tokens) {
        this.lexicon = lexicon;
        this.tokens = tokens;
    }

    /** @return the candidates with every inverted name joined into one candidate with person evidence (the list given when none is) */
    List<Candidate> join(List<Candidate> candidates) {
        List<Candidate> out = null;
        for (int k = 0; k < candidates.size(); k++) {
            Candidate family = candidates.get(k);
            Candidate given = k + 1 < candidates.size() ? candidates.get(k + 1) : null;
            boolean inverted = given != null && inverted(family, given);
            if (inverted && out == null) {
                out = new ArrayList<>(candidates.subList(0, k));
            }
            if (inverted) {
                out.add(joined(family, given));
                k++;
            } else if (out != null) {
                out.add(family);
            }
        }
        return out == null ? candidates : out;
    }

    private boolean inverted(Candidate family, Candidate given) {
        if (family.length() > 2 || given.length() > 3 || family.personCue || family.roleAlone || given.roleAlone
                || given.from != family.to + 1 || !tokens.get(family.to).isPunct(',')
                || tokens.get(family.from).shape != Token.Shape.CAPITALISED) {
            return false;
        }
        Token first = tokens.get(given.from);
        return (lexicon.isFirstName(first.text) || isInitial(first)) && !isFullName(family) && !isFullNameInList(given) && startsItem(family.from)
                && endsItem(given.to);
    }

    /**
     * A part before the comma of two words that opens with a given name is a whole name in the usual
     * order, the first of a list ("Lena Hart, Omar Sayed and Ivo Brandt"), not a family name.
     */
    private boolean isFullName(Candidate family) {
        return family.length() == 2 && lexicon.isFirstNameAlone(tokens.get(family.from).text);
    }

    /**
     * A part after the comma of a given name and one more word that is neither an initial nor a given
     * name, before "and", is a whole name in a list ("Hart, Omar Sayed and Brandt"), not the given
     * names of the word before the comma.
     */
    private boolean isFullNameInList(Candidate given) {
        if (given.length() != 2 || given.to >= tokens.size() || !(tokens.get(given.to).is("and") || tokens.get(given.to).isPunct('&'))) {
            return false;
        }
        Token last = tokens.get(given.from + 1);
        return !isInitial(last) && !lexicon.isFirstName(last.text);
    }

    /** "D.", "R.": one capital letter and a period. */
    private static boolean isInitial(Token t) {
        return t.text.length() == 2 && Character.isUpperCase(t.text.charAt(0)) && t.text.charAt(1) == '.';
    }

    private boolean startsItem(int k) {
        if (k == 0 || tokens.get(k).lineStart) {
            return true;
        }
        Token before = tokens.get(k - 1);
        return before.isPunct(';') || before.isPunct(':') || before.is("and") || before.isPunct('&');
    }

    private boolean endsItem(int k) {
        if (k >= tokens.size()) {
            return true;
        }
        Token after = tokens.get(k);
        if (after.isPunct('.') || after.isPunct(';') || after.isPunct('(')) {
            return true;
        }
        return (after.is("and") || after.isPunct('&')) && k + 1 < tokens.size() && tokens.get(k + 1).isCapital();
    }

    /** The joined candidate spans "Austen, Jane" but is named in the usual order, "Jane Austen", so that it joins "Austen" and "Jane Austen". */
    private Candidate joined(Candidate family, Candidate given) {
        Candidate c = new Candidate(family.from, given.to, given.surface + " " + family.surface, null);
        c.personCue = true;
        return c;
    }
}
