package org.gazette.enrich.entities.impl;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.gazette.api.model.EntityType;

/**
 * An unknown capitalised word joined by "and", "&amp;" or "or" to a person named by one word is a
 * person too ("Pruitt and Okafor", "Pruitt and Okafor's study", "Okafor or Pruitt"): the word
 * right after the conjunction behind such a person, or right before it ahead of one. The person
 * must be one word, a family name or a given name alone, as pairs of people are written; a full name
 * beside an unknown word ("Ann Lee and Velmora") says less. Not a word the text writes in lower case,
 * a common word, a given name, an organisation or place word, a word opening a sentence, nor one
 * inside a longer capitalised run ({@link PlacesJoinedByAnd#unknownLoneWord}). The word joins the
 * person whose name ends with it, if the text named one.
 */
final class PersonsJoinedByAnd {

    private final Lexicon lexicon;
    private final List<Token> tokens;
    /** Words the text writes in lower case. */
    private final Set<String> lower;

    PersonsJoinedByAnd(Lexicon lexicon, List<Token> tokens, Set<String> lowerInText) {
        this.lexicon = lexicon;
        this.tokens = tokens;
        this.lower = lowerInText;
    }

    void add(AddedNames added) {
        int n = tokens.size();
        boolean[] person = new boolean[n];
        for (Group g : added.groups()) {
            if (g.type != EntityType.PERSON) {
                continue;
            }
            for (Candidate c : g.members) {
                if (c.to - c.spanFrom == 1) {
                    person[c.spanFrom] = true;
                }
            }
        }
        for (int i = 1; i + 1 < n; i++) {
            Token t = tokens.get(i);
            if (!(t.text.equals("and") || t.text.equals("or") || t.isPunct('&'))) {
                continue;
            }
            if (person[i - 1] && lone(i + 1, added)) {
                addPerson(i + 1, added);
            } else if (person[i + 1] && lone(i - 1, added)) {
                addPerson(i - 1, added);
            }
        }
    }

    private boolean lone(int i, AddedNames added) {
        return added.free(i, i + 1) && !lower.contains(tokens.get(i).text.toLowerCase(Locale.ROOT))
                && PlacesJoinedByAnd.unknownLoneWord(lexicon, tokens, i);
    }

    private void addPerson(int i, AddedNames added) {
        String word = tokens.get(i).text;
        Group named = CuedLoneNames.personNamed(added.groups(), word);
        if (named != null) {
            added.addTo(named, i, i + 1, 0.5);
        } else {
            added.add(i, i + 1, EntityType.PERSON, word, 0.5);
        }
    }
}
