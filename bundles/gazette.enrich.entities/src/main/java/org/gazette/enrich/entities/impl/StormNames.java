package org.gazette.enrich.entities.impl;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Storms are named like people but are none: a run that starts with a storm word ("Hurricane
 * Katrina", "Tropical Storm Fay", "Cyclone Tamsa", "Tropical Depression Ten") names a weather
 * event, and so does the storm's name alone later in the text ("Katrina's winds", "Tamsa will
 * weaken"), unless a title or the gazetteers say otherwise. One instance per text.
 */
final class StormNames {

    /** Words that head the name of a storm; "Tropical Storm" and "Super Typhoon" start with a word before one. */
    private static final Set<String> STORM_WORDS = Set.of("Hurricane", "Typhoon", "Cyclone", "Storm", "Supertyphoon",
            "Superstorm");
    /** "Depression" heads a storm's name only after "Tropical" (not "the Great Depression"). */
    private static final String DEPRESSION = "Depression";
    private static final Set<String> BEFORE_STORM_WORDS = Set.of("Tropical", "Subtropical", "Super", "Severe", "Winter");

    private final List<Token> tokens;
    /** The names that follow a storm word in the text ("Katrina"). */
    private final Set<String> names = new HashSet<>();

    StormNames(List<Token> tokens) {
        this.tokens = tokens;
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (stormWord(i) && tokens.get(i + 1).isCapital() && !tokens.get(i + 1).sentenceStart) {
                names.add(tokens.get(i + 1).text);
            }
        }
    }

    /** @return whether the candidate is a storm's name, with its storm word or alone after one named it */
    boolean rejects(Candidate c) {
        if (names.isEmpty()) {
            return false;
        }
        int head = c.from;
        if (c.length() > 2 && BEFORE_STORM_WORDS.contains(tokens.get(head).text)) {
            head++;
        }
        if (c.to - head >= 2 && stormWord(head)) {
            return true;
        }
        return c.length() == 1 && c.known == null && !c.personCue && names.contains(tokens.get(c.from).text);
    }

    private boolean stormWord(int i) {
        String word = tokens.get(i).text;
        return STORM_WORDS.contains(word) || word.equals(DEPRESSION) && i > 0 && tokens.get(i - 1).text.equals("Tropical");
    }
}
