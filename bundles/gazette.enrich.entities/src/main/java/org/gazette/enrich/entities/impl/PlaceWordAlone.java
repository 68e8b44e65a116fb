package org.gazette.enrich.entities.impl;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.gazette.api.model.EntityType;

/**
 * A place word written alone with a capital after "the", "this", "that" or "our" stands for a place
 * ("drove to the Airport", "the Village", "inside the Cathedral"): it joins the latest place named
 * before with that word as its last or first word ("Greenwich Village", "Cathedral of Saint Ildo"),
 * else it is a place of its own name. Only where nothing else was tagged, inside a sentence, not in
 * lines written in capitals or title case, and not before another capitalised word or "of" and a name.
 * Words that as often name an administration or a street alone ("County", "District", "Street") are
 * left out.
 */
final class PlaceWordAlone {

    private static final Set<String> DETERMINERS = Set.of("the", "this", "that", "our");
    private static final Set<String> NOT_ALONE = Set.of("County", "District", "Province", "Region", "Territory", "Street",
            "St", "Road", "Rd", "Avenue", "Ave", "Lane", "Drive", "Zone", "Base", "Point", "Strip", "Quarter", "Camp",
            "Parish", "Township", "Borough", "Town", "City");

    private final Lexicon lexicon;
    private final List<Token> tokens;

    PlaceWordAlone(Lexicon lexicon, List<Token> tokens) {
        this.lexicon = lexicon;
        this.tokens = tokens;
    }

    void add(AddedNames added) {
        for (int i = 1; i + 1 <= tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.shape != Token.Shape.CAPITALISED || t.caseless || t.sentenceStart || !lexicon.isPlaceSuffix(t.text)
                    || NOT_ALONE.contains(t.text) || !DETERMINERS.contains(tokens.get(i - 1).text.toLowerCase(Locale.ROOT))
                    || nameGoesOn(i + 1) || !added.free(i, i + 1)) {
                continue;
            }
            Group named = latestPlaceWith(added.groups(), t.text, i);
            if (named != null) {
                added.addTo(named, i, i + 1, 0.6);
            } else {
                added.add(i, i + 1, EntityType.LOCATION, t.text, 0.5);
            }
        }
    }

    /** @return the place group with a mention before {@code before} whose name starts or ends with {@code word}, the latest such */
    private static Group latestPlaceWith(List<Group> groups, String word, int before) {
        Group best = null;
        int bestAt = -1;
        for (Group g : groups) {
            if (g.type != EntityType.LOCATION || !(g.canonical.endsWith(" " + word) || g.canonical.startsWith(word + " "))) {
                continue;
            }
            for (Candidate c : g.members) {
                if (c.from < before && c.from > bestAt) {
                    best = g;
                    bestAt = c.from;
                }
            }
        }
        return best;
    }

    private boolean nameGoesOn(int k) {
        if (k >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(k);
        return next.isCapital() && !next.sentenceStart || next.isPunct('-') && next.start == tokens.get(k - 1).end
                || next.is("of") && k + 1 < tokens.size() && tokens.get(k + 1).isCapital();
    }
}
