package org.gazette.enrich.entities.impl;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A team named by an unknown place and a plural after "the", in a text about sport: "against the
 * Wilmot Hawks", "a season with the Dalton Rangers", "the Quarry Lake Owls won", and a plural alone,
 * "the Gliders beat the Vexels". The text speaks of sport when it uses at least
 * {@link #MIN_SPORT_WORDS} words of games ("season", "league", "coach", "innings"…). Not a run whose
 * last word is an organisation or place word ("the Golden Islands"), a plural of events or awards
 * ("the World Series", "the Commonwealth Games"), a common word or a word the text writes in lower
 * case ("the Rolling Stones" is left to other evidence), nor a known name.
 */
final class SportsTeams {

    private static final Set<String> SPORT_WORDS = Set.of("season", "seasons", "league", "leagues", "coach", "coached",
            "playoffs", "playoff", "championship", "championships", "innings", "inning", "touchdown", "touchdowns",
            "scored", "pitcher", "quarterback", "striker", "midfielder", "defender", "roster", "draft", "drafted",
            "tournament", "semi-final", "semifinal", "fixture", "fixtures", "stadium", "rebounds", "batting", "teammate",
            "teammates");
    /** Plurals that end the names of events and awards, not teams: "the World Series", "the Commonwealth Games". */
    private static final Set<String> EVENT_PLURALS = Set.of("Series", "Games", "Goals", "Olympics", "Championships",
            "Awards", "Finals", "Playoffs", "Cups", "Trials", "Classics", "Nationals", "Paralympics", "Plays", "Rules");
    /** Words of playing before "for", "with" or "against" and a team named by its place ("games for Wilmot", "debuted for Quarrow"). */
    private static final Set<String> PLAYS = Set.of("games", "game", "played", "plays", "playing", "debuted",
            "debut", "signed", "pitched", "scored", "appeared", "appearances", "goals", "starts", "innings", "matches",
            "match", "homered");
    /** Words of sport a text needs to speak of teams. */
    static final int MIN_SPORT_WORDS = 3;

    private final Lexicon lexicon;
    private final List<Token> tokens;
    private final boolean sport;

    SportsTeams(Lexicon lexicon, List<Token> tokens) {
        this.lexicon = lexicon;
        this.tokens = tokens;
        int n = 0;
        for (int k = 0; k < tokens.size() && n < MIN_SPORT_WORDS; k++) {
            Token t = tokens.get(k);
            if (t.shape == Token.Shape.LOWER && SPORT_WORDS.contains(t.text)) {
                n++;
            }
        }
        this.sport = n >= MIN_SPORT_WORDS;
    }

    /** @return whether the text speaks of sport (at least {@link #MIN_SPORT_WORDS} words of games) */
    boolean inSportText() {
        return sport;
    }

    /** @return whether the run is a team: one to three words after "the" ending in an unknown plural, in a text about sport */
    boolean isTeam(Candidate c, Predicate<Token> commonWord) {
        if (!sport || c.known != null || c.length() > 3 || c.from == 0
                || !tokens.get(c.from - 1).text.equalsIgnoreCase("the")) {
            return false;
        }
        Token last = tokens.get(c.to - 1);
        String word = last.text;
        if (last.shape != Token.Shape.CAPITALISED || word.length() < 4 || !word.endsWith("s") || word.endsWith("ss")
                || lexicon.isOrgSuffix(word) || lexicon.isPlaceSuffix(word) || commonWord.test(last) || EVENT_PLURALS.contains(word)
                || lexicon.phrase(tokens, c.to - 1, c.to, false) != null || c.length() == 1 && !oneWordTeam(c, word)) {
            return false;
        }
        for (int k = c.from; k < c.to; k++) {
            if (tokens.get(k).shape != Token.Shape.CAPITALISED || lexicon.isFirstName(tokens.get(k).text)
                    && k == c.from && !lexicon.isCommonWord(tokens.get(k).text.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A one-word plural after "the" ("the Gliders won") is a team unless it is the plural of a family name ("the
     * Olsens'") or heads a noun phrase with "of" ("the Rains of Castamere").
     */
    private boolean oneWordTeam(Candidate c, String word) {
        return !lexicon.isFamilyName(word) && !lexicon.isFamilyName(word.substring(0, word.length() - 1))
                && !(c.to < tokens.size() && tokens.get(c.to).is("of"));
    }

    /**
     * @return whether the run, one or two words, is a team named by its place after a word of playing and "for",
     *         "with" or "against", in a text about sport ("43 games for Wilmot", "debuted for Quarrow", "signed with
     *         Tarnby")
     */
    boolean playsFor(Candidate c) {
        if (!sport || c.length() > 2 || c.from < 2) {
            return false;
        }
        Token link = tokens.get(c.from - 1);
        Token play = tokens.get(c.from - 2);
        return (link.is("for") || link.is("with") || link.is("against")) && play.shape == Token.Shape.LOWER
                && PLAYS.contains(play.text);
    }
}
