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
 * A capitalised word left untagged that one of its occurrences shows to be a person's name: a
 * greeting before it ("Hi Kat!", "Hey Frank,", "Dear Olwen."), an introduction ("I'm Miyuki.",
 * "my name is Tavi,") or a verb of speech or thought after it ("Strayer knows", "Altman testified",
 * "Pavit said"), or a photo credit that it alone closes ("Image: Quembly.", "Photo: Tarrant"). Then
 * every occurrence of the word alone left untagged is that person: it joins the
 * person whose full name starts or ends with it, the one named first, else a person of that one
 * name. Not a word the text also writes in lower case, a common word, a gazetteer name, a title or
 * role, nor a word inside a longer run of capitalised words.
 */
final class CuedLoneNames {

    private static final Set<String> GREETINGS = Set.of("hi", "hey", "hello", "dear", "thanks", "bye", "goodbye", "congratulations");
    private static final Set<String> SPEECH = Set.of("said", "says", "asked", "asks", "told", "tells", "replied", "answered",
            "whispered", "shouted", "yelled", "laughed", "sighed", "nodded", "smiled", "explained", "wrote", "writes",
            "testified", "thinks", "thought", "knows", "knew", "agreed", "argued", "claimed", "insisted", "noticed",
            "criticized", "criticised", "admitted", "recalled", "exclaimed", "muttered", "screamed", "cried", "grinned", "felt", "realized", "realised",
            "believed", "hoped", "wanted", "wants", "tried", "remembered", "loved", "married", "died", "guessed", "wondered",
            "laughs", "smiles", "sighs");
    private static final Set<String> I_AM = Set.of("I'm", "I’m", "Im", "that's", "That's", "that’s", "That’s");
    /** Verbs whose object is a person, before the name and "to", "and" or a full stop ("tell Nance to", "show Toph and Len."). */
    private static final Set<String> PERSON_OBJECT = Set.of("tell", "ask", "show", "thank", "invite", "meet", "text", "email", "phone");

    /** Labels of a photo credit before a colon: the name after them is the photographer's ("Image: Quembly."). */
    private static final Set<String> CREDIT_LABELS = Set.of("Image", "Photo", "Photograph", "Picture", "Credit");

    private final Lexicon lexicon;
    private final List<Token> tokens;
    /** Words the text writes in lower case. */
    private final Set<String> lower;
    private final FamilyNameCue familyName;

    CuedLoneNames(Lexicon lexicon, List<Token> tokens, Set<String> lowerInText) {
        this.lexicon = lexicon;
        this.tokens = tokens;
        this.familyName = new FamilyNameCue(lexicon, tokens);
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
            if (cue(i) || familyName.at(i)) {
                cued.add(w);
            }
        }
        for (Map.Entry<String, List<Integer>> e : places.entrySet()) {
            if (!cued.contains(e.getKey())) {
                continue;
            }
            Group person = personNamed(added.groups(), e.getKey());
            for (int i : e.getValue()) {
                if (person != null) {
                    added.addTo(person, i, i + 1, 0.5);
                } else {
                    added.add(i, i + 1, EntityType.PERSON, e.getKey(), 0.5);
                    person = personNamed(added.groups(), e.getKey());
                }
            }
        }
    }

    private boolean eligible(int i, AddedNames added) {
        Token t = tokens.get(i);
        String w = t.text;
        String lowered = w.toLowerCase(Locale.ROOT);
        return t.shape == Token.Shape.CAPITALISED && !t.caseless && w.length() > 1 && !inRun(i) && added.free(i, i + 1)
                && !lower.contains(lowered) && !lexicon.isCommonWord(lowered) && lexicon.phrase(tokens, i, i + 1, false) == null
                && !lexicon.isHonorific(w) && lexicon.roleAt(tokens, i, i + 1) == 0 && w.chars().allMatch(Character::isLetter)
                && !PluralRoleWords.at(lexicon, tokens, i);
    }

    private boolean cue(int i) {
        Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
        boolean endsHere = next == null || next.shape == Token.Shape.PUNCT;
        if (i > 0) {
            Token before = tokens.get(i - 1);
            if (endsHere && GREETINGS.contains(before.text.toLowerCase(Locale.ROOT))) {
                return true;
            }
            if (endsHere && (I_AM.contains(before.text) || before.is("is") && i > 1 && tokens.get(i - 2).text.equalsIgnoreCase("name"))) {
                return true;
            }
        }
        if (i > 0 && PERSON_OBJECT.contains(tokens.get(i - 1).text) && (endsHere || next.is("to") || next.is("and"))) {
            return true;
        }
        if (vocative(i) || endsHere && credit(i) || LeaderBeforeAdministration.at(tokens, i)) {
            return true;
        }
        return next != null && next.shape == Token.Shape.LOWER && SPEECH.contains(next.text);
    }

    /** Addressed between a comma and a question or exclamation mark, or a comma closing a quotation: ", Sherry?", "okay, Gram,”". */
    private boolean vocative(int i) {
        if (i == 0 || i + 1 >= tokens.size() || !tokens.get(i - 1).isPunct(',')) {
            return false;
        }
        Token next = tokens.get(i + 1);
        if (next.isPunct('?') || next.isPunct('!')) {
            return true;
        }
        if (next.isPunct(',') && i + 2 < tokens.size()) {
            Token after = tokens.get(i + 2);
            return after.isPunct('"') || after.isPunct('”') || after.isPunct('\'') || after.isPunct('’');
        }
        return false;
    }

    /** After "Image:" or "Photo:" (a caption's credit). */
    private boolean credit(int i) {
        return i >= 2 && tokens.get(i - 1).isPunct(':') && CREDIT_LABELS.contains(tokens.get(i - 2).text);
    }

    /** The word touches a capitalised word or a hyphen on either side: part of a longer name. */
    private boolean inRun(int i) {
        Token t = tokens.get(i);
        if (i > 0) {
            Token before = tokens.get(i - 1);
            String beforeLower = before.text.toLowerCase(Locale.ROOT);
            boolean cueWord = GREETINGS.contains(beforeLower) || I_AM.contains(before.text)
                    || before.sentenceStart && lexicon.isCommonWord(beforeLower); // "Both Hargrove and Pruitt", "In Hargrove's study"
            if (before.isCapital() && !t.sentenceStart && !cueWord || before.end == t.start && before.isPunct('-')) {
                return true;
            }
        }
        if (i + 1 < tokens.size()) {
            Token next = tokens.get(i + 1);
            return next.isCapital() && !next.sentenceStart || next.start == t.end && next.isPunct('-');
        }
        return false;
    }

    /** @return the person whose name starts or ends with {@code word} or is it, the one named first, or {@code null} */
    static Group personNamed(List<Group> groups, String word) {
        Group best = null;
        int bestAt = Integer.MAX_VALUE;
        for (Group g : groups) {
            if (g.type != EntityType.PERSON || !(g.canonical.equals(word) || g.canonical.endsWith(" " + word)
                    || g.canonical.startsWith(word + " "))) {
                continue;
            }
            for (Candidate c : g.members) {
                if (c.from < bestAt) {
                    best = g;
                    bestAt = c.from;
                }
            }
        }
        return best;
    }
}
