package org.gazette.enrich.entities.impl;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.gazette.api.model.EntityType;

/**
 * The name after "of" in a university's name or in a title of nobility is a place, even one the
 * gazetteer does not know: "Quorra" in "University of Quorra", "Tarnvik" in "the Earl of Tarnvik",
 * "Holy Roman Empire" in "Count of the Holy Roman Empire". Not after "King", "Queen" or "Prince", whose
 * places are mostly the gazetteer's and whose other uses are not places ("King of Pop"). It is added as a mention nested in the
 * organisation's or person's span (like {@link NestedPlaces}, which nests the gazetteer's places),
 * when the words after "of" (and an optional "the") are capitalised, end the span, and are neither
 * common words or fields of study ("University of Technology") nor a place already nested there.
 */
final class PlacesAfterOfInTitles {

    /** Titles held "of" a place. */
    static final Set<String> TITLES = Set.of("Earl", "Duke", "Duchess", "Count", "Countess", "Marquess", "Marquis",
            "Marchioness", "Baron", "Baroness", "Viscount", "Viscountess", "Emperor", "Empress", "Archbishop", "Bishop");
    /** Fields of study that universities are named for ("University of Technology", "University of the Arts"). */
    static final Set<String> FIELDS = Set.of("technology", "science", "sciences", "art", "arts", "music", "medicine", "law",
            "engineering", "health", "design", "economics", "management", "agriculture", "education", "mines", "business",
            "theology", "applied", "fine", "performing", "social", "technical", "studies");

    private final Lexicon lexicon;
    private final List<Token> tokens;

    PlacesAfterOfInTitles(Lexicon lexicon, List<Token> tokens) {
        this.lexicon = lexicon;
        this.tokens = tokens;
    }

    void add(AddedNames added) {
        for (Group g : List.copyOf(added.groups())) {
            if (g.type != EntityType.ORGANIZATION && g.type != EntityType.PERSON) {
                continue;
            }
            for (Candidate c : List.copyOf(g.members)) {
                if (c.caseless) {
                    continue;
                }
                for (int k = c.from; k + 2 < c.to; k++) {
                    String head = tokens.get(k).text;
                    boolean holder = g.type == EntityType.ORGANIZATION ? head.equals("University") : TITLES.contains(head);
                    if (holder && tokens.get(k + 1).is("of")) {
                        int from = tokens.get(k + 2).is("the") ? k + 3 : k + 2;
                        if (place(from, c.to)) {
                            added.addNested(from, c.to, EntityType.LOCATION, Token.surface(tokens, from, c.to), 0.5);
                        }
                        break;
                    }
                }
            }
        }
    }

    /** @return whether [from, to) is a run of capitalised, uncommon words that is not a gazetteer place (nested already) */
    private boolean place(int from, int to) {
        if (from >= to || to - from > 4) {
            return false;
        }
        boolean uncommon = false;
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            if (t.shape != Token.Shape.CAPITALISED && t.shape != Token.Shape.UPPER) {
                return false;
            }
            String lower = t.text.toLowerCase(Locale.ROOT);
            if (FIELDS.contains(lower)) {
                return false;
            }
            uncommon |= !lexicon.isCommonWord(lower);
        }
        int phrase = lexicon.longestPhrase(tokens, from, to, false);
        Known known = phrase > 0 ? lexicon.phrase(tokens, from, from + phrase, false) : null;
        return uncommon && (known == null || known.type() != EntityType.LOCATION);
    }
}
