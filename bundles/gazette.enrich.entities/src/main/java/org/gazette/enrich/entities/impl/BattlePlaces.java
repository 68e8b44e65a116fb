package org.gazette.enrich.entities.impl;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A battle or siege is fought at a place: the name after "the siege of", "the Battle of", "the sack
 * of" is voted a place ({@link Cues#placeOf}), also when the event word is capitalised as part of
 * the event's name ("the Siege of Savannah", "the Battle of Tarnvik"), where a given name
 * ("Savannah") would otherwise make a person; not when the event word follows another capitalised
 * word, in a title ("Epic Rap Battles of History").
 */
final class BattlePlaces {

    static final Set<String> EVENTS = Set.of("siege", "sieges", "battle", "battles", "sack", "bombardment", "bombing",
            "liberation", "relief", "capture", "evacuation");

    private BattlePlaces() {
    }

    /** @return whether the token at {@code from} follows an event word and "of" */
    static boolean after(List<Token> tokens, int from) {
        return from >= 2 && tokens.get(from - 1).is("of") && !tokens.get(from - 2).caseless
                && EVENTS.contains(tokens.get(from - 2).text.toLowerCase(Locale.ROOT))
                && (from < 3 || !tokens.get(from - 3).isCapital()); // not "Epic Rap Battles of History", a title
    }
}
