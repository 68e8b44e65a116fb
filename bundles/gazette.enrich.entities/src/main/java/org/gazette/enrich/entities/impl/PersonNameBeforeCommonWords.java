package org.gazette.enrich.entities.impl;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Ends a run of capitalised words at a person's name when the words after the name are words the text also
 * writes in lower case (or common words) and the name stands on its own elsewhere in the text as a person's name: a heading "Varga Budget
 * Speech" after "Minister Varga", "we went to Tom Kettle World" after "Tom Kettle". The name is a
 * person's when the text writes it after a title or role, or when it is two words or more starting
 * with a given name. Words of organisations and places keep the run whole ("Tom Kettle Museum",
 * "Varga Street").
 */
final class PersonNameBeforeCommonWords {

    private final Lexicon lexicon;
    private final List<Token> tokens;
    /** A common word, or one the text also writes in lower case. */
    private final Predicate<Token> commonWord;

    PersonNameBeforeCommonWords(Lexicon lexicon, List<Token> tokens, Predicate<Token> commonWord) {
        this.lexicon = lexicon;
        this.tokens = tokens;
        this.commonWord = commonWord;
    }

    /** @return the candidates, with runs ended at the name (the list given when nothing changed) */
    List<Candidate> trim(List<Candidate> candidates) {
        Set<String> names = new HashSet<>();
        for (Candidate c : candidates) {
            if (!c.roleAlone && c.known == null && (c.personCue || c.length() >= 2 && lexicon.isFirstName(tokens.get(c.from).text))) {
                names.add(c.surface);
            }
        }
        List<Candidate> out = null;
        for (int k = 0; k < candidates.size(); k++) {
            Candidate c = candidates.get(k);
            int end = c.known != null || c.roleAlone ? -1 : nameEnd(c, names);
            if (end > 0 && out == null) {
                out = new ArrayList<>(candidates.subList(0, k));
            }
            if (out != null) {
                out.add(end > 0 ? ended(c, end) : c);
            }
        }
        return out == null ? candidates : out;
    }

    /** @return where the longest name known as a person's ends inside the run, before common words only; or -1 */
    private int nameEnd(Candidate c, Set<String> names) {
        for (int end = c.to - 1; end > c.from; end--) {
            if (!isCommon(tokens.get(end))) {
                return -1;
            }
            if (!isCommonLead(tokens.get(end))) {
                continue;
            }
            if (names.contains(Token.surface(tokens, c.from, end))) {
                return end;
            }
        }
        return -1;
    }

    /** A word that may follow the name: a common word, not a word of organisations or places. */
    private boolean isCommon(Token t) {
        if (!t.isWord()) {
            return false;
        }
        String lower = t.text.toLowerCase(Locale.ROOT);
        return (commonWord.test(t) || NameWords.isFunctionWord(lower)) && !lexicon.isOrgSuffix(t.text)
                && !lexicon.isOrgHead(t.text) && !lexicon.isPlaceSuffix(t.text) && !lexicon.isPlaceHead(t.text);
    }

    /** The first word after the name: a common content word, not a function word. */
    private boolean isCommonLead(Token t) {
        String lower = t.text.toLowerCase(Locale.ROOT);
        return commonWord.test(t) && !NameWords.isFunctionWord(lower);
    }

    private Candidate ended(Candidate c, int end) {
        Candidate n = new Candidate(c.from, end, Token.surface(tokens, c.from, end), null);
        n.spanFrom = c.spanFrom;
        n.personCue = c.personCue;
        n.role = c.role;
        n.caseless = c.caseless;
        return n;
    }
}
