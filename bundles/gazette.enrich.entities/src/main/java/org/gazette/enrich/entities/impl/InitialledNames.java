package org.gazette.enrich.entities.impl;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.gazette.api.model.EntityType;

/**
 * A surname after one to three initials is a person: "N S Andres", "R T Ponce", "R Saravanan",
 * "J. R. Smith", "O.J. Simpson". An initial is a capital letter, with or without a
 * period, or two or three capitals with periods ("O.J."; "JK" or "UV" are acronyms); "A" and "I"
 * alone do not start one ("A Tale", "I Think"), nor a compass letter alone ("S Buckeye"), nor "P.S.". The surname is a capitalised word that is not a
 * common word, a gazetteer name, an organisation or place word, and no capitalised word follows
 * it. It joins a person named elsewhere with that surname and a given name of that initial.
 */
final class InitialledNames {

    /** A compass letter alone before a name is a direction ("S Buckeye Rd"). */
    private static final Set<String> COMPASS = Set.of("N", "S", "E", "W", "N.", "S.", "E.", "W.");

    private final Lexicon lexicon;
    private final List<Token> tokens;

    InitialledNames(Lexicon lexicon, List<Token> tokens) {
        this.lexicon = lexicon;
        this.tokens = tokens;
    }

    void add(AddedNames added) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Token first = tokens.get(i);
            if (first.caseless || !initials(first.text) || first.text.equals("A") || first.text.equals("I")
                    || i > 0 && tokens.get(i - 1).isCapital() && !first.sentenceStart) {
                continue;
            }
            int k = i + 1;
            while (k < tokens.size() && k - i < 3 && single(tokens.get(k)) && tokens.get(k).start > tokens.get(k - 1).end) {
                k++;
            }
            if (k >= tokens.size() || !surname(k) || k == i + 1 && COMPASS.contains(first.text) || !added.free(i, k + 1)) {
                continue;
            }
            String last = tokens.get(k).text;
            Group person = personWith(added.groups(), first.text.charAt(0), last);
            if (person != null) {
                added.addTo(person, i, k + 1, 0.6);
            } else {
                added.add(i, k + 1, EntityType.PERSON, added.surface(i, k + 1), 0.6);
            }
            i = k;
        }
    }

    /** "R", "R.", "JK", "O.J.": capitals, each alone or with a period, at most three. */
    private static boolean initials(String w) {
        int letters = 0;
        for (int c = 0; c < w.length(); c++) {
            char ch = w.charAt(c);
            if (Character.isUpperCase(ch)) {
                letters++;
            } else if (ch != '.' || c == 0 || w.charAt(c - 1) == '.') {
                return false;
            }
        }
        return letters >= 1 && letters <= 3 && (letters == 1 || w.length() == 2 * letters) && !w.equals("P.S.");
    }

    private static boolean single(Token t) {
        return t.shape == Token.Shape.UPPER && (t.text.length() == 1 || t.text.length() == 2 && t.text.charAt(1) == '.');
    }

    private boolean surname(int k) {
        Token t = tokens.get(k);
        if (t.shape != Token.Shape.CAPITALISED || t.caseless || t.sentenceStart || t.text.startsWith("I'") || t.text.startsWith("I’") || lexicon.isCommonWord(t.text.toLowerCase(Locale.ROOT))
                || lexicon.phrase(tokens, k, k + 1, false) != null || lexicon.isOrgSuffix(t.text) || lexicon.isOrgHead(t.text)
                || lexicon.isPlaceSuffix(t.text) || lexicon.isPlaceHead(t.text) || lexicon.roleAt(tokens, k, k + 1) > 0) {
            return false;
        }
        return k + 1 >= tokens.size() || !tokens.get(k + 1).isCapital() || tokens.get(k + 1).sentenceStart;
    }

    /** @return a person whose name ends with {@code last} and starts with {@code initial}, or {@code null} */
    private static Group personWith(List<Group> groups, char initial, String last) {
        for (Group g : groups) {
            if (g.type == EntityType.PERSON && g.canonical.charAt(0) == initial && g.canonical.endsWith(" " + last)) {
                return g;
            }
        }
        return null;
    }
}
