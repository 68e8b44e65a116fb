package org.gazette.enrich.entities.impl;

import java.util.List;
import java.util.Set;

import org.gazette.api.model.EntityType;

/**
 * Says which capitalised runs are no names although a weak guess would make them one. Only
 * guesses are vetoed: a run the gazetteers know, or one with local person evidence (a title, a
 * citation), is kept. A run is vetoed when
 * <ul>
 * <li>it is only the abbreviation that ends a name ("Atlantic Lottery Corporation, Inc.", "Iván
 * DeJesús, Jr.") or stands for "Street" or "Saint" ("177 St.");</li>
 * <li>it is "Lords" after "my", as counsel address the judges ("my Lords, the Act says"), not the House
 * of Lords;</li>
 * <li>it names an event ("the 2004 Summer Olympic Games", "the Revolutionary War", "Teen Choice
 * Awards"), whatever guess typed it;</li>
 * <li>it is the name of a field of study or a doctrine, and nothing but a guess typed it ("a Ph.D. in
 * Linguistics", "converted to Catholicism", "Social Psychology"); "Department of Linguistics", typed
 * by its own words, and "Hopkins Medicine", a name with a field's word, stay;</li>
 * <li>a noun of languages or peoples follows it ("the Eegimaa language", "Moriori
 * culture", "the Olmec civilization"): it names a language or a people, not a person or a place;</li>
 * <li>it is one word joining two words for peoples or regions by a hyphen ("the first
 * African-American senator", "the German-Russian colonel"): an adjective;</li>
 * <li>it stands alone between quote marks ("the word 'Drink' as 'Bever'", "her dog 'Marbles'"): a
 * word spoken of or a nickname, not a name used;</li>
 * <li>it was guessed to be a person but holds a number ("Rule 37", "Wild 2", "Case 22-506");</li>
 * <li>it is a numbered part of a text, law or survey ({@link NumberedParts}: "Title IV", "Wave 3"), whatever
 * guess typed it;</li>
 * <li>it ends in an acronym made plural ("CFLs", "Using LEDs"): a common noun;</li>
 * <li>it is one word written like a technical term ({@link TechnicalTerms}: "the L-band", "the CoM" guessed a place);</li>
 * <li>it is one word after "how to", a verb ({@link VerbsAfterHowTo}: "How to Ditch Your Fairy");</li>
 * <li>it is one word, the plural of a title or role ({@link PluralRoleWords}: "Diplomats said");</li>
 * <li>it is a group of people after a word of quantity and "of" ({@link GroupsAfterQuantityAndOf}: "millions of Americans"), even a known one;</li>
 * <li>it was guessed to be a person but ends with a known place and starts with no given name
 * ("Smart Taiwan", "HealthSpace Cleveland", "Coahuila y Texas");</li>
 * <li>it names a storm ({@link StormNames}: "Hurricane Katrina", and "Katrina" alone after it);</li>
 * <li>it is a social network or video site after "on" as the medium of a post ({@link PlatformsAsMedia}: "put it on
 * YouTube"), even a known one;</li>
 * <li>it is a lawmaker's party and state ({@link PartyAndState}: "Sen. Ann Lee, D-Calif., said").</li>
 * </ul>
 */
final class UnlikelyNames {

    /** A guess this weak or weaker is vetoed; context votes and person evidence give 0.55 and 0.6. */
    private static final double GUESS = 0.6;
    /** Last words of the names of events and works, which are neither people, organisations nor places. */
    private static final Set<String> EVENT_WORDS = Set.of("Olympics", "Paralympics", "War", "Wars", "Revolution",
            "Festival", "Festivals", "Awards", "Prize", "Championship", "Championships", "Tournament");
    /** Words that make "Games" the name of an event ("the Summer Olympic Games", "the Commonwealth Games"). */
    private static final Set<String> GAMES_BEFORE = Set.of("Olympic", "Paralympic", "Commonwealth", "Asian", "Pan");
    /** Words that alone are no name but an event or its adjective ("the Games", "the Paralympic movement"). */
    private static final Set<String> EVENT_ALONE = Set.of("Games", "Olympic", "Paralympic");
    /** Abbreviations that end a name or stand for a common word: never a name alone. */
    private static final Set<String> ABBREVIATIONS = Set.of("Inc.", "Inc", "Ltd.", "Ltd", "Corp.", "Co.", "LLC", "PLC",
            "Jr.", "Jr", "Sr.", "Sr", "St.", "St");
    /** Fields of study that no ending below gives. */
    private static final Set<String> FIELDS = Set.of("Economics", "Physics", "Politics", "Math", "Maths", "Mathematics",
            "Engineering", "Counseling", "Counselling", "Medicine", "Nursing", "Sculpture", "Chemistry", "Literature",
            "Linguistics", "Statistics");
    /** Endings of the names of fields of study and doctrines ("Psychology", "Psychiatry", "Buddhism"). */
    private static final List<String> FIELD_ENDINGS = List.of("ology", "ologies", "ism", "isms", "iatry", "osophy");
    /** Confidence of a type from the run's own words ("Department of ..."): kept even for a field of study. */
    private static final double OWN_WORDS = 0.75;
    /** Nouns after a name that make it the name of a language or a people ("the Eegimaa language"). */
    private static final Set<String> KIND_NOUNS = Set.of("language", "languages", "speaker", "speakers", "dialect",
            "dialects", "variety", "people", "peoples", "tribe", "tribes", "culture", "civilization", "civilisation");
    private static final String OPENING_QUOTES = "'\"‘“";
    private static final String CLOSING_QUOTES = "'\"’”";

    private final Lexicon lexicon;
    private final List<Token> tokens;
    private final StormNames storms;

    UnlikelyNames(Lexicon lexicon, List<Token> tokens) {
        this.lexicon = lexicon;
        this.tokens = tokens;
        this.storms = new StormNames(tokens);
    }

    /** @return whether the candidate should be dropped */
    boolean rejects(Candidate c) {
        if (c.length() == 1 && c.known == null && ABBREVIATIONS.contains(tokens.get(c.from).text) || addressToJudges(c)
                || storms.rejects(c) || PlatformsAsMedia.isMedium(tokens, c) || PartyAndState.is(lexicon, tokens, c)
                || PluralRoleWords.isPluralRole(lexicon, tokens, c) || GroupsAfterQuantityAndOf.isPart(tokens, c)) {
            return true;
        }
        if (c.known != null || c.personCue || c.roleAlone) {
            return false;
        }
        if (new NumberedParts(tokens).isPart(c) || pluralAcronym(c) || new TechnicalTerms(tokens).isTerm(c)
                || VerbsAfterHowTo.isVerb(tokens, c)) {
            return true;
        }
        if (namesEvent(c) || beforeKindNoun(c) || joinedAdjectives(c)) {
            return true;
        }
        boolean undecided = c.type == null;
        if ((undecided || c.confidence < OWN_WORDS) && isField(c)) {
            return true;
        }
        boolean guessedPerson = c.type == EntityType.PERSON && c.confidence <= GUESS;
        if (!undecided && !guessedPerson) {
            return false;
        }
        if (quoted(c)) {
            return true;
        }
        return guessedPerson && (holdsNumber(c) || endsWithPlace(c));
    }

    /** "the Revolutionary War", "the Summer Olympic Games", "Paralympic", "the Games" alone; not "Epic Games", a company, nor "Olympic Committee". */
    private boolean namesEvent(Candidate c) {
        String last = tokens.get(c.to - 1).text;
        if (EVENT_WORDS.contains(last) || c.length() == 1 && EVENT_ALONE.contains(last)) {
            return true;
        }
        if (!last.equals("Games")) {
            return false;
        }
        for (int k = c.from; k < c.to - 1; k++) {
            if (GAMES_BEFORE.contains(tokens.get(k).text)) {
                return true;
            }
        }
        return false;
    }

    /** "CFLs", "LEDs", "Using DVDs": a run ending in an acronym with a plural "s", a common noun; a name is not made plural. */
    private boolean pluralAcronym(Candidate c) {
        return tokens.get(c.to - 1).text.matches("\\p{Lu}{2,}s");
    }

    private boolean addressToJudges(Candidate c) {
        return c.length() == 1 && tokens.get(c.from).text.equals("Lords") && c.from > 0
                && tokens.get(c.from - 1).text.equalsIgnoreCase("my");
    }

    /** "African-American": both halves of one hyphenated word are words for peoples or regions. */
    private boolean joinedAdjectives(Candidate c) {
        String word = tokens.get(c.from).text;
        int hyphen = word.indexOf('-');
        return c.length() == 1 && hyphen > 0 && hyphen == word.lastIndexOf('-')
                && isAdjective(word.substring(0, hyphen)) && isAdjective(word.substring(hyphen + 1));
    }

    private boolean isAdjective(String part) {
        Known known = lexicon.phrase(List.of(new Token(0, part.length(), part, Token.Shape.CAPITALISED, false)), 0, 1, false);
        return known != null && (known.kind() == Known.Kind.DEMONYM || known.kind() == Known.Kind.NOT_AN_ENTITY);
    }

    private boolean beforeKindNoun(Candidate c) {
        if (c.to >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(c.to);
        return next.shape == Token.Shape.LOWER && KIND_NOUNS.contains(next.text);
    }

    /** "Psychology", "Economics", "Social Psychology"; not "Hopkins Medicine", a name with a field's word. */
    private boolean isField(Candidate c) {
        String word = tokens.get(c.to - 1).text;
        if (c.length() == 1 && FIELDS.contains(word)) {
            return true;
        }
        for (String ending : FIELD_ENDINGS) {
            if (word.length() > ending.length() + 2 && word.endsWith(ending) && Character.isUpperCase(word.charAt(0))) {
                return true;
            }
        }
        return false;
    }

    /** The run is the whole of a quotation: a quote mark touches its first and its last token. */
    private boolean quoted(Candidate c) {
        if (c.from == 0 || c.to >= tokens.size()) {
            return false;
        }
        Token before = tokens.get(c.from - 1);
        Token after = tokens.get(c.to);
        return before.end == tokens.get(c.from).start && isQuote(before, OPENING_QUOTES)
                && after.start == tokens.get(c.to - 1).end && isQuote(after, CLOSING_QUOTES);
    }

    /** A quote mark; a closing single quote may have been read as a plural possessive ("the Joneses' house"). */
    private static boolean isQuote(Token t, String quotes) {
        return (t.shape == Token.Shape.PUNCT || t.shape == Token.Shape.POSSESSIVE) && t.text.length() == 1
                && quotes.indexOf(t.text.charAt(0)) >= 0;
    }

    private boolean holdsNumber(Candidate c) {
        for (int k = c.from; k < c.to; k++) {
            if (tokens.get(k).text.chars().anyMatch(Character::isDigit)) {
                return true;
            }
        }
        return false;
    }

    /** "Smart Taiwan": a known place as the last word, no given name first and no "of" ("Governor of Virginia") inside. */
    private boolean endsWithPlace(Candidate c) {
        if (c.length() < 2 || lexicon.isFirstName(tokens.get(c.from).text)) {
            return false;
        }
        for (int k = c.from; k < c.to; k++) {
            if (tokens.get(k).is("of")) {
                return false;
            }
        }
        Known last = lexicon.phrase(tokens, c.to - 1, c.to, false);
        return last != null && last.type() == EntityType.LOCATION && !last.ambiguous();
    }
}
