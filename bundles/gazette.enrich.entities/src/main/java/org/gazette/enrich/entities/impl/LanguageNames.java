package org.gazette.enrich.entities.impl;

import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Drops names that the text says are languages: a capitalised word or two after "speakers of"
 * ("speakers of Velmi"), or described as a language ("Velmi is an endangered language", "Velmi, a
 * Bantu language,"). Not a name right before "language" alone: a people and its language often share
 * the name ("the Moriori language", and the Moriori are persons). Every mention with that
 * text is then dropped, and entities left without mentions, unless a gazetteer knows the name
 * ("Niger" in "the Niger-Congo languages" stays a place wherever the text means the country).
 */
final class LanguageNames {

    private static final Set<String> LANGUAGE_NOUNS = Set.of("language", "languages", "dialect", "dialects");
    private static final Set<String> COPULAS = Set.of("is", "was");
    private static final Set<String> ARTICLES = Set.of("a", "an", "the");
    /** Words a language may be described with before its noun at most. */
    private static final int MAX_DESCRIPTION = 4;

    private final Lexicon lexicon;
    private final List<Token> tokens;

    LanguageNames(Lexicon lexicon, List<Token> tokens) {
        this.lexicon = lexicon;
        this.tokens = tokens;
    }

    /** @param groups the resolved entities; mentions of languages are removed, and entities left empty */
    void drop(List<Group> groups) {
        Set<String> languages = languages();
        if (languages.isEmpty()) {
            return;
        }
        for (Iterator<Group> it = groups.iterator(); it.hasNext();) {
            Group g = it.next();
            g.members.removeIf(c -> languages.contains(c.surface) && c.known == null && !c.personCue
                    && lexicon.phrase(tokens, c.from, c.to, false) == null);
            if (g.members.isEmpty()) {
                it.remove();
            }
        }
    }

    /** The names the text calls languages. */
    Set<String> languages() {
        Set<String> names = new HashSet<>();
        for (int i = 1; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.is("of") && i + 1 < tokens.size() && tokens.get(i - 1).text.equalsIgnoreCase("speakers") && tokens.get(i + 1).isCapital()) {
                int end = i + 2;
                if (end < tokens.size() && tokens.get(end).isCapital()) {
                    end++;
                }
                names.add(Token.surface(tokens, i + 1, end));
            }
            if ((t.isPunct(',') || t.shape == Token.Shape.LOWER && COPULAS.contains(t.text)) && tokens.get(i - 1).isCapital()
                    && describedAsLanguage(i + 1)) {
                addRunEndingAt(i, names);
            }
        }
        return names;
    }

    /** The one or two capitalised words before i. */
    private void addRunEndingAt(int i, Set<String> names) {
        int from = i - 1;
        if (from > 0 && tokens.get(from - 1).isCapital() && !tokens.get(from).sentenceStart) {
            names.add(Token.surface(tokens, from - 1, i));
        }
        names.add(Token.surface(tokens, from, i));
    }

    /** An article, up to four lower-case or capitalised describing words, and a language noun: "an endangered Bantu language". */
    private boolean describedAsLanguage(int k) {
        if (k >= tokens.size() || !ARTICLES.contains(tokens.get(k).text)) {
            return false;
        }
        for (int j = k + 1; j < tokens.size() && j <= k + MAX_DESCRIPTION + 1; j++) {
            Token w = tokens.get(j);
            if (w.shape == Token.Shape.LOWER && LANGUAGE_NOUNS.contains(w.text)) {
                return true;
            }
            if (!w.isWord() || NameWords.isFunctionWord(w.text.toLowerCase(java.util.Locale.ROOT))) {
                return false;
            }
        }
        return false;
    }
}
