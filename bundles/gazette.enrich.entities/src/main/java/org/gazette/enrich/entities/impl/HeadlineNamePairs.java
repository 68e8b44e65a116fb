package org.gazette.enrich.entities.impl;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A run of capitalised words that opens and ends with the family names of two different persons of
 * the text, with one or two other capitalised words between them, is two names and a headline's verb
 * or noun: "Obama Meets Medvedev in Moscow" over a report naming "Barack Obama" and "Dmitry
 * Medvedev" is "Obama" and "Medvedev", not one person "Obama Meets Medvedev" whom every later
 * "Obama" and "Medvedev" would join. A person is a name of two words or more opening with a known
 * given name or written after a title; the words between are no given name, function word or such
 * family name, and the run opens with no given name ("Lee Harvey Oswald" stays one person).
 */
final class HeadlineNamePairs {

    private final Lexicon lexicon;
    private final List<Token> tokens;

    HeadlineNamePairs(Lexicon lexicon, List<Token> tokens) {
        this.lexicon = lexicon;
        this.tokens = tokens;
    }

    /** @return the candidates with such runs split into their two names (the list given when nothing changed) */
    List<Candidate> split(List<Candidate> candidates) {
        Set<String> familyNames = new HashSet<>();
        for (Candidate c : candidates) {
            if (c.known == null && !c.roleAlone && c.length() >= 2
                    && (c.personCue || lexicon.isFirstName(tokens.get(c.from).text))) {
                familyNames.add(tokens.get(c.to - 1).text);
            }
        }
        if (familyNames.size() < 2) {
            return candidates;
        }
        List<Candidate> out = null;
        for (int k = 0; k < candidates.size(); k++) {
            Candidate c = candidates.get(k);
            boolean pair = pair(c, familyNames);
            if (pair && out == null) {
                out = new ArrayList<>(candidates.subList(0, k));
            }
            if (out != null) {
                if (pair) {
                    out.add(word(c, c.from));
                    out.add(word(c, c.to - 1));
                } else {
                    out.add(c);
                }
            }
        }
        return out == null ? candidates : out;
    }

    private boolean pair(Candidate c, Set<String> familyNames) {
        if (c.known != null || c.roleAlone || c.personCue || c.length() < 3 || c.length() > 4) {
            return false;
        }
        String first = tokens.get(c.from).text;
        String last = tokens.get(c.to - 1).text;
        if (first.equals(last) || lexicon.isFirstName(first) || !familyNames.contains(first) || !familyNames.contains(last)) {
            return false;
        }
        for (int k = c.from + 1; k < c.to - 1; k++) {
            Token t = tokens.get(k);
            if (!t.isWord() || t.shape != Token.Shape.CAPITALISED || lexicon.isFirstName(t.text)
                    || NameWords.isFunctionWord(t.text.toLowerCase(Locale.ROOT)) || familyNames.contains(t.text)) {
                return false;
            }
        }
        return true;
    }

    private Candidate word(Candidate c, int at) {
        Candidate n = new Candidate(at, at + 1, tokens.get(at).text, null);
        n.caseless = c.caseless;
        return n;
    }
}
