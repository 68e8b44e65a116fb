package org.gazette.enrich.entities.impl;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.gazette.api.model.EntityType;

/**
 * A single name word left untagged that one of its occurrences shows to be an organisation: an
 * apposition naming a kind of organisation after it ("Quillo, a company that", "Brendle, the firm"),
 * a founder, spokesperson or board of it after it ("Quillo founder", "Quillo's board"), a
 * broadcaster's series or channel ("the Quillo series"), or a verb of
 * joining or founding before it ("joined Quillo", "founded Quillo"). Then every occurrence of the
 * word left untagged is that organisation. Not a word the text also writes in lower case, a common
 * word, a gazetteer name, a first name, a title or role, an organisation word alone ("the TV series"), nor a word inside a longer run of capitalised words
 * ("Game of Thrones"); the cue does not count at the start of a sentence.
 */
final class CuedOrganisations {

    /** Words after the name that speak of its people or what it broadcasts: "X founder", "X's board", "the X series". */
    private static final Set<String> AFTER = Set.of("founder", "founders", "co-founder", "spokesperson", "spokesman",
            "spokeswoman", "board", "employees", "staff", "shareholders", "fan", "fans", "CEO", "headquarters", "website",
            "subsidiary", "shares", "series", "network", "channel");
    private static final Set<String> BEFORE = Set.of("joined", "founded", "co-founded", "launched");

    private final Lexicon lexicon;
    private final List<Token> tokens;
    /** Words the text writes in lower case. */
    private final Set<String> lower;

    CuedOrganisations(Lexicon lexicon, List<Token> tokens, Set<String> lowerInText) {
        this.lexicon = lexicon;
        this.tokens = tokens;
        this.lower = lowerInText;
    }

    void add(AddedNames added) {
        Map<String, List<Integer>> places = new LinkedHashMap<>();
        Set<String> cued = new HashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (!eligible(i, added)) {
                continue;
            }
            String w = tokens.get(i).text;
            places.computeIfAbsent(w, k -> new ArrayList<>()).add(i);
            if (!tokens.get(i).sentenceStart && cue(i)) {
                cued.add(w);
            }
        }
        for (Map.Entry<String, List<Integer>> e : places.entrySet()) {
            if (cued.contains(e.getKey())) {
                for (int i : e.getValue()) {
                    added.add(i, i + 1, EntityType.ORGANIZATION, e.getKey(), 0.5);
                }
            }
        }
    }

    private boolean eligible(int i, AddedNames added) {
        Token t = tokens.get(i);
        String w = t.text;
        String lowered = w.toLowerCase(Locale.ROOT);
        return (t.shape == Token.Shape.CAPITALISED || t.shape == Token.Shape.UPPER && w.length() > 1) && !t.caseless
                && w.length() > 1 && !inRun(i) && added.free(i, i + 1) && !lower.contains(lowered)
                && !lexicon.isCommonWord(lowered) && lexicon.phrase(tokens, i, i + 1, false) == null
                && !lexicon.isFirstName(w) && !lexicon.isHonorific(w) && !lexicon.isOrgSuffix(w) && lexicon.roleAt(tokens, i, i + 1) == 0
                && w.chars().allMatch(Character::isLetter);
    }

    private boolean cue(int i) {
        if (i > 0 && BEFORE.contains(tokens.get(i - 1).text)) {
            return true;
        }
        int k = i + 1;
        if (k + 1 < tokens.size() && possessive(k)) {
            k += tokens.get(k).text.length() == 1 ? 2 : 1;
        }
        if (k < tokens.size() && AFTER.contains(tokens.get(k).text) || NewsOutletNouns.at(tokens, i + 1)) { // "the Quarna news agency"
            return true;
        }
        return OrganisationAppositions.at(tokens, i + 1);
    }

    /** "'s" or "’s" after the word, as one token or two. */
    private boolean possessive(int k) {
        String s = tokens.get(k).text;
        if (s.equals("'s") || s.equals("’s")) {
            return true;
        }
        return (tokens.get(k).isPunct('\'') || tokens.get(k).isPunct('’')) && tokens.get(k + 1).is("s");
    }

    /** The word touches a capitalised word or a hyphen on either side: part of a longer name. */
    private boolean inRun(int i) {
        Token t = tokens.get(i);
        if (i > 0) {
            Token before = tokens.get(i - 1);
            if (before.isCapital() && !t.sentenceStart || before.end == t.start && before.isPunct('-')) {
                return true;
            }
            if (before.is("of") && i > 1 && tokens.get(i - 2).isCapital()) {
                return true;
            }
        }
        if (i + 1 < tokens.size()) {
            Token next = tokens.get(i + 1);
            return next.isCapital() && !next.sentenceStart || next.start == t.end && next.isPunct('-');
        }
        return false;
    }
}
