package org.gazette.enrich.entities.impl;

import java.util.List;

/**
 * A team is named after a region as well as after a city or a state: "the New England Patriots", "the
 * Tampa Bay Rays". For the rule that makes a place and a plural or a team word one organisation
 * ({@link NameFinder}, {@link WordTyping}), a gazetteer region of two words or more counts like a city
 * when "the" stands before it; one word ("Asia", "Amazon") and a region without "the" ("Southern
 * California Edison") do not.
 */
final class TeamRegions {

    private TeamRegions() {
    }

    /** @return whether the known place at {@code from} is a region that may name a team there */
    static boolean names(Known place, List<Token> tokens, int from) {
        return place.kind() == Known.Kind.REGION && place.canonical().indexOf(' ') > 0 && from > 0
                && tokens.get(from - 1).text.equalsIgnoreCase("the");
    }
}
