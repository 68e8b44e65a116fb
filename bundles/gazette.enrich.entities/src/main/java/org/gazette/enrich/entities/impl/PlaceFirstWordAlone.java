package org.gazette.enrich.entities.impl;

import java.util.List;

import org.gazette.api.model.EntityType;

/**
 * A one-word place the gazetteers do not know is the one longer place of the text that starts with
 * it, when that place's other words are no place or organisation words: "Levico" after "Levico
 * Terme", as a town of two words is called by its first; not "Auckland" after "Auckland Castle" or
 * "Marrow" after "Marrow River" (the castle and the river are other places), nor with two such
 * longer places.
 */
final class PlaceFirstWordAlone {

    private final Lexicon lexicon;
    private final List<Token> tokens;

    PlaceFirstWordAlone(Lexicon lexicon, List<Token> tokens) {
        this.lexicon = lexicon;
        this.tokens = tokens;
    }

    void join(List<Group> groups) {
        for (Group g : groups) {
            if (g.type != EntityType.LOCATION || g.fromGazetteer || g.members.isEmpty() || g.canonical.contains(" ")) {
                continue;
            }
            Group longer = null;
            int found = 0;
            for (Group other : groups) {
                if (other != g && other.type == EntityType.LOCATION && !other.members.isEmpty()
                        && other.canonical.startsWith(g.canonical + " ") && noPlaceWords(other.canonical.substring(g.canonical.length() + 1))) {
                    longer = other;
                    found++;
                }
            }
            if (found == 1 && g.members.stream().allMatch(c -> c.known == null && c.length() == 1)) {
                longer.takeAll(g);
            }
        }
        groups.removeIf(g -> g.members.isEmpty());
    }

    private boolean noPlaceWords(String rest) {
        for (String w : rest.split(" ")) {
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) || lexicon.isPlaceSuffix(w) || lexicon.isPlaceHead(w)
                    || lexicon.isOrgSuffix(w)) {
                return false;
            }
        }
        return true;
    }
}
