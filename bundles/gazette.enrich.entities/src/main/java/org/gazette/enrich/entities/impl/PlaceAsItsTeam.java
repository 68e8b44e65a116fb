package org.gazette.enrich.entities.impl;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.gazette.api.model.EntityType;

/**
 * In a text about sport, a place alone that plays is the one team the text names after it: "Chicago
 * led by 10" and "Chicago's coach" after "the Chicago Bulls" are the team, while "in Chicago" stays
 * the city. A place before a verb of a result ("beat", "defeated", "led", "trailed", "won") or before
 * a possessive and a word of a team's staff or play ("coach", "manager", "defense"). Only when one
 * organisation of the text is named by the place and more words, not ending in an organisation word
 * or a newspaper's ("the Chicago Tribune" is not the team).
 */
final class PlaceAsItsTeam {

    private static final Set<String> RESULTS = Set.of("beat", "beats", "defeated", "defeats", "edged", "routed", "crushed",
            "thrashed", "led", "leads", "trailed", "trails", "won", "wins", "lost", "loses", "drew", "tied", "rallied",
            "clinched", "advanced", "eliminated", "outscored", "blanked", "swept");
    private static final Set<String> STAFF = Set.of("coach", "manager", "captain", "goalkeeper", "keeper", "quarterback",
            "pitcher", "striker", "defense", "defence", "offense", "offence", "lineup", "roster", "starters", "bench");

    private final Lexicon lexicon;
    private final List<Token> tokens;
    private final boolean sport;

    PlaceAsItsTeam(Lexicon lexicon, List<Token> tokens) {
        this.lexicon = lexicon;
        this.tokens = tokens;
        this.sport = new SportsTeams(lexicon, tokens).inSportText();
    }

    /** Moves the mentions of places that play into the team named after the place. */
    void join(List<Group> groups) {
        if (!sport) {
            return;
        }
        for (Group place : List.copyOf(groups)) {
            if (place.type != EntityType.LOCATION || place.members.isEmpty()) {
                continue;
            }
            Group team = null;
            for (Candidate c : new ArrayList<>(place.members)) {
                if (!plays(c)) {
                    continue;
                }
                team = team != null ? team : teamOf(c.surface, groups);
                if (team == null) {
                    break;
                }
                place.members.remove(c);
                c.decide(EntityType.ORGANIZATION, Math.max(c.confidence, 0.6));
                team.add(c);
            }
        }
        groups.removeIf(g -> g.members.isEmpty());
    }

    private boolean plays(Candidate c) {
        Token next = c.to < tokens.size() ? tokens.get(c.to) : null;
        if (next == null) {
            return false;
        }
        if (next.shape == Token.Shape.LOWER && RESULTS.contains(next.text)) {
            return true;
        }
        Token after = c.to + 1 < tokens.size() ? tokens.get(c.to + 1) : null;
        return next.shape == Token.Shape.POSSESSIVE && after != null && after.shape == Token.Shape.LOWER && STAFF.contains(after.text);
    }

    /** @return the one organisation named by the place and more words ("Chicago Bulls"), or null */
    private Group teamOf(String place, List<Group> groups) {
        Group found = null;
        for (Group g : groups) {
            if (g.type != EntityType.ORGANIZATION || g.members.isEmpty() || !g.canonical.startsWith(place + " ")) {
                continue;
            }
            String last = g.canonical.substring(g.canonical.lastIndexOf(' ') + 1);
            if (lexicon.isOrgSuffix(last) || NewspaperShortNames.namesAlone(last)) {
                continue;
            }
            if (found != null) {
                return null;
            }
            found = g;
        }
        return found;
    }
}
