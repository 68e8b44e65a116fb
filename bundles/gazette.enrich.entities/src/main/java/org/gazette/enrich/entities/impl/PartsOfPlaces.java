package org.gazette.enrich.entities.impl;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.gazette.api.model.EntityType;

/**
 * A place named with a lower-case word of its part before it is that part, a place of its own:
 * "northern Syria", "south-eastern Kenya", "central Mexico", "downtown Tulsa", "mainland Greece"
 * are not Syria, Kenya, Mexico, Tulsa or Greece (a region of a country is not the country), and the
 * word belongs to the mention ("fighting in northern Syria" names the region). All such mentions of
 * one part and place are one entity, named by the word in lower case and the place's canonical name
 * ("southern U.S." is "southern United States"). The capitalised compass adjectives, which are no
 * name by themselves ("Northern", "Southern", "Eastern", "Western"; not in a line in capitals), make
 * a part too ("Southern Kenya"); a gazetteer region that holds one ("Northern Ireland", "Western
 * Europe") is found whole and is left alone. Only words of position and kind of area, not of time or
 * quality: "modern Mexico" and "free India" stay the country.
 */
final class PartsOfPlaces {

    private static final Set<String> COMPASS = Set.of("northern", "southern", "eastern", "western", "northeastern",
            "northwestern", "southeastern", "southwestern", "north-eastern", "north-western", "south-eastern", "south-western");
    private static final Set<String> AREAS = Set.of("central", "northeast", "northwest", "southeast", "southwest",
            "north-central", "south-central", "east-central", "west-central", "mainland", "downtown", "midtown", "uptown",
            "rural", "coastal", "upstate", "inland", "suburban");

    private final List<Token> tokens;

    PartsOfPlaces(List<Token> tokens) {
        this.tokens = tokens;
    }

    /** @param groups the resolved entities; mentions of parts move to entities of their own */
    void split(List<Group> groups) {
        WiderMentions parts = new WiderMentions(groups, tokens);
        for (Group g : List.copyOf(groups)) {
            if (g.type != EntityType.LOCATION) {
                continue;
            }
            for (Candidate c : List.copyOf(g.members)) {
                if (c.spanFrom != c.from || c.from == 0 || !partWord(tokens.get(c.from - 1))) {
                    continue;
                }
                String canonical = tokens.get(c.from - 1).text.toLowerCase(Locale.ROOT) + " " + g.canonical;
                parts.widen(g, c, c.from - 1, EntityType.LOCATION, canonical);
            }
        }
        parts.finish();
    }

    private static boolean partWord(Token t) {
        String lower = t.text.toLowerCase(Locale.ROOT);
        if (t.shape == Token.Shape.LOWER) {
            return COMPASS.contains(lower) || AREAS.contains(lower);
        }
        return t.shape == Token.Shape.CAPITALISED && !t.caseless && COMPASS.contains(lower);
    }
}
