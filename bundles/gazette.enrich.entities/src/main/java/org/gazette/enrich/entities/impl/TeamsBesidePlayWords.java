package org.gazette.enrich.entities.impl;

import java.util.List;
import java.util.Set;

/**
 * A name of two to four capitalised words ending in a plural, written right before a lower-case
 * word of a player's position or a team's staff, is a team: "Golden State Warriors guard Ann Lee",
 * "Quarrow Hawks coach Tim Lund", "the Velmora Ravens quarterback"; and so is one before a verb of a
 * game's result or after one and "the": "the Tarnvik Snow Foxes lost to the Quarrow Falcons", "beat
 * the Green Bay Packers". Not a person's name ending in
 * a family name ("Serena Williams coach …") or opening with a given name, nor an organisation or
 * place word ("Acme Holdings manager"), nor a known name.
 */
final class TeamsBesidePlayWords {

    /** Positions of players and the staff of a team, written in lower case before the person. */
    private static final Set<String> ROLES = Set.of("guard", "forward", "center", "centre", "quarterback", "pitcher",
            "catcher", "shortstop", "outfielder", "infielder", "striker", "midfielder", "defender", "goalkeeper",
            "goaltender", "goalie", "defenseman", "linebacker", "receiver", "coach", "manager", "captain", "star",
            "rookie", "winger", "fullback", "halfback", "playmaker", "teammate");

    /** Verbs of a game's result after the winner or loser ("the Quarrow Hawks beat …"). */
    private static final Set<String> RESULTS = Set.of("beat", "beats", "defeated", "defeats", "edged", "routed",
            "thrashed", "drew", "tied", "lost");
    /** Words before "the" and a team: the loser or opponent ("beat the Quarrow Hawks", "lost to the …"). */
    private static final Set<String> BEFORE = Set.of("beat", "beating", "defeated", "defeating", "edged", "routed",
            "thrashed", "to", "against", "with", "over");

    private TeamsBesidePlayWords() {
    }

    /**
     * @return whether a name is right before such a word and a capitalised name: "Liverpool striker Tom Reed", which
     *         in a text about sport makes a city its team ({@link Cues#cityAsTeam})
     */
    static boolean beforeNamedPlayer(List<Token> tokens, Candidate c) {
        return c.to + 1 < tokens.size() && tokens.get(c.to).shape == Token.Shape.LOWER && ROLES.contains(tokens.get(c.to).text)
                && tokens.get(c.to + 1).shape == Token.Shape.CAPITALISED;
    }

    /** "beat the Quarrow Hawks", "lost to the Velmora Owls": a result's verb, then "the" before the name */
    private static boolean afterResult(List<Token> tokens, Candidate c) {
        if (c.from < 3 || !tokens.get(c.from - 1).is("the")) {
            return false;
        }
        String before = tokens.get(c.from - 2).text;
        String verb = tokens.get(c.from - 3).text;
        return BEFORE.contains(before) && (!before.equals("to") && !before.equals("with") && !before.equals("against") && !before.equals("over")
                || RESULTS.contains(verb) || verb.equals("win") || verb.equals("won") || verb.equals("victory") || verb.equals("loss")
                || verb.equals("defeat") || verb.equals("game") || verb.equals("match"));
    }

    static boolean in(Lexicon lexicon, List<Token> tokens, Candidate c) {
        if (c.known != null || c.length() < 2 || c.length() > 4) {
            return false;
        }
        Token next = c.to < tokens.size() ? tokens.get(c.to) : null;
        boolean cue = next != null && next.shape == Token.Shape.LOWER && (ROLES.contains(next.text) || RESULTS.contains(next.text))
                || afterResult(tokens, c);
        Token last = tokens.get(c.to - 1);
        String word = last.text;
        if (!cue || last.shape != Token.Shape.CAPITALISED
                || word.length() < 4 || !word.endsWith("s") || word.endsWith("ss") || lexicon.isOrgSuffix(word)
                || lexicon.isPlaceSuffix(word) || lexicon.isFamilyName(word) || lexicon.isFirstName(tokens.get(c.from).text)) {
            return false;
        }
        for (int k = c.from; k < c.to; k++) {
            if (tokens.get(k).shape != Token.Shape.CAPITALISED) {
                return false;
            }
        }
        return true;
    }
}
