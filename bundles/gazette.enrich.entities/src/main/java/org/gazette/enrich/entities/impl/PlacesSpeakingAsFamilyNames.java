package org.gazette.enrich.entities.impl;

import java.util.List;
import java.util.Locale;

import org.gazette.api.model.EntityType;

/**
 * A gazetteer place written alone that is the family name of a person named before it with a given
 * name, right beside a verb of speech, is that person: "spokesman Brian Lyons … said Lyons" is Brian
 * Lyons, not the French city the gazetteer also calls "Lyons"; "Tom Chester … Chester said". Such a
 * name then goes to {@link PersonGroups#join}, which joins it only to a person named before it with
 * evidence of its own. Not after "in", "at" and the like.
 */
final class PlacesSpeakingAsFamilyNames {

    private final List<Token> tokens;
    private final Cues cues;

    PlacesSpeakingAsFamilyNames(List<Token> tokens, Cues cues) {
        this.tokens = tokens;
        this.cues = cues;
    }

    /** @return whether the gazetteer place may be a person's family name and should try to join one */
    boolean mayBePerson(Candidate c, List<Group> persons) {
        if (c.known == null || c.known.type() != EntityType.LOCATION || c.length() != 1 || cues.placeCue(c) || !speech(c)) {
            return false;
        }
        for (Group g : persons) {
            String[] words = g.canonical.split(" ");
            if (words.length >= 2 && words[words.length - 1].equals(c.surface)
                    && g.members.stream().anyMatch(m -> m.from < c.from)) {
                return true;
            }
        }
        return false;
    }

    private boolean speech(Candidate c) {
        return c.from > 0 && Cues.SPEECH.contains(tokens.get(c.from - 1).text.toLowerCase(Locale.ROOT))
                || c.to < tokens.size() && Cues.SPEECH.contains(tokens.get(c.to).text.toLowerCase(Locale.ROOT));
    }
}
