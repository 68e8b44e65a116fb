package org.gazette.enrich.entities.impl;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.gazette.api.model.EntityType;

/**
 * Finds runs of capitalised words that may be names and gathers the evidence in and around them:
 * gazetteer phrases, titles and roles before them, organisation and place words in them, given
 * names. Sentence-initial capitals of common words ("Both leaders") and capitalised function words
 * are not names. Which run is what is decided here when the evidence is local, else by
 * {@link Resolver} over the whole text.
 */
final class NameFinder {

    private final Lexicon lexicon;
    private final List<Token> tokens;
    /** Lower-case words written in lower case somewhere in the text. */
    private final Set<String> lowerInText;
    private final TitleOpeningSentence titleOpening;
    private final CitedAuthors citations;
    private final WordTyping typing;
    private final Roles roles;
    private final LetterCues letters;
    private final RelationNouns relations;
    private final CourtCases cases;
    private final AdjectiveBeforeKnownOrganisation knownAfterAdjective;
    private final AppositiveRoles appositives;
    private final QuoteAttribution attribution;
    private final AgeApposition ages;
    private final FirstPersonCompanions companions;
    private final NameRuns runs;

    NameFinder(Lexicon lexicon, List<Token> tokens, Set<String> lowerInText) {
        this.lexicon = lexicon;
        this.tokens = tokens;
        this.lowerInText = lowerInText;
        this.titleOpening = new TitleOpeningSentence(lexicon, tokens, lowerInText);
        this.citations = new CitedAuthors(tokens);
        this.typing = new WordTyping(lexicon, tokens, lowerInText);
        this.roles = new Roles(lexicon, tokens, this);
        this.letters = new LetterCues(tokens);
        this.relations = new RelationNouns(tokens);
        this.cases = new CourtCases(lexicon, tokens, this);
        this.knownAfterAdjective = new AdjectiveBeforeKnownOrganisation(lexicon, tokens);
        this.appositives = new AppositiveRoles(lexicon, tokens);
        this.attribution = new QuoteAttribution(tokens);
        this.ages = new AgeApposition(tokens);
        this.companions = new FirstPersonCompanions(tokens);
        this.runs = new NameRuns(lexicon, tokens, roles);
    }

    /** Where a look at one token ended: the candidate found, if any, and the next token to look at. */
    record Step(Candidate candidate, int next) {
    }

    /**
     * @param i a token that is not part of a date or amount
     * @param limit the first token that is part of one (or the end)
     * @return what starts at {@code i}
     */
    Step at(int i, int limit) {
        Token t = tokens.get(i);
        if (!t.isCapital() || t.caseless) {
            int digits = DigitOpenedNames.length(lexicon, tokens, i, limit); // "3M", "7-Eleven"
            return digits > 0 ? new Step(candidate(i, i + digits, lexicon.phrase(tokens, i, i + digits, false)), i + digits)
                    : new Step(null, i + 1);
        }
        int dateline = dateline(i, limit);
        if (dateline > 0) {
            return new Step(candidate(i, i + dateline, lexicon.phrase(tokens, i, i + dateline, true)), i + dateline);
        }
        int phrase = lexicon.longestPhrase(tokens, i, limit, false);
        Known known = phrase > 0 ? lexicon.phrase(tokens, i, i + phrase, false) : null;
        if (known != null && known.type() == null) {
            int organisation = demonymOrganisation(i + phrase, limit);
            if (organisation > 0 && !knownAfterAdjective.modifies(known, i + phrase, organisation)) {
                return new Step(candidate(i, organisation, null), organisation); // "the Albanian Government", "Communist Party"
            }
            if (!givenNameBeforeName(i, phrase, limit)) {
                return new Step(null, i + phrase); // "North Korean leader Kim": the demonym is not the name
            }
            known = null; // "Christian Rosencreutz": a given name, not the religion
            phrase = 0;
        }
        if (known != null && known.kind() == Known.Kind.DEMONYM && exclamation(i, phrase, limit)) {
            return new Step(null, i + phrase); // "Oh my God", "God, I don't know"
        }
        if (known == null && typing.compassPlace(i, limit) > 0) {
            return new Step(candidate(i, i + 1 + typing.compassPlace(i, limit), null), i + 1 + typing.compassPlace(i, limit));
        }
        if (known == null && notAName(t, i, limit) && !roles.honorificBeforeCapital(i, limit)) { // "Mr President": a function word, yet a title
            return new Step(null, i + 1);
        }
        int role = known == null ? roles.roleOrHonorific(i, limit) : 0;
        if (role > 0 && !givenNameBeforeSurname(i, role, limit)) {
            return roles.afterRole(i, role, limit);
        }
        int end = runEnd(i, limit);
        if (known != null && known.kind() == Known.Kind.ORGANIZATION && LegalForms.onlyLegalForm(tokens, i + phrase, end)) {
            return new Step(candidate(i, end, known), end); // "Microsoft Corp." is "Microsoft"
        }
        if (known != null && (phrase >= end - i || !partOfLongerName(known, i, phrase, end))) {
            Candidate c = candidate(i, i + phrase, known);
            roles.personCueBefore(c);
            return new Step(c, i + phrase);
        }
        Candidate c = candidate(i, end, lexicon.phrase(tokens, i, end, false));
        roles.personCueBefore(c);
        if (!c.personCue && c.known == null && !NameWords.isAcronym(t) && !lexicon.isOrgSuffix(tokens.get(end - 1).text)
                && citations.isCited(i, end)) {
            c.personCue = true; // "(Moretti, 2013)", "Lewis et al."
        }
        if (!c.personCue && c.known == null && !NameWords.isAcronym(t) && end - i <= 2 && cases.isParty(i, end)) {
            c.personCue = true; // "Lynch v. Overholser", "Green versus United States"
        }
        if (!c.personCue && c.known == null && end - i <= 3 && (letters.afterSalutation(i) || letters.isSignature(i, end))) {
            c.personCue = true; // "Dear Marit,", "Love always, / Marit"
        }
        if (!c.personCue && c.known == null && !NameWords.isAcronym(t) && end - i <= 3 && !lexicon.isOrgSuffix(tokens.get(end - 1).text)
                && relations.before(i)) {
            c.personCue = true; // "his mentor Vilhelm Thomsen", "a classmate, Kaho Tanabe"
        }
        if (!c.personCue && c.known == null && !NameWords.isAcronym(t) && end - i <= 4 && !lexicon.isOrgSuffix(tokens.get(end - 1).text)
                && (appositives.after(i, end) || appositives.before(i, end) || attribution.speaker(i, end) || ages.follows(end)
                    || companions.joined(i, end))) {
            c.personCue = true; // "Tosk Varenni, its founder", "the head of NATO, Jaap Hoek", "'No,' said Ovrelli.", "Kirathu, 76,"
        }
        c.beforeRole = end < limit && roles.roleOrHonorific(end, limit) > 0 && tokens.get(end).isCapital();
        return new Step(c, end);
    }

    /**
     * "oh God", "my God", "thank God", "by God" opening a clause (not "ridden by God"), "for God's
     * sake", or "God," or "God!" opening a sentence: an exclamation.
     */
    private boolean exclamation(int i, int phrase, int limit) {
        if (phrase != 1) {
            return false;
        }
        if (i > 0) {
            Token by = tokens.get(i - 1);
            String before = by.text.toLowerCase(Locale.ROOT);
            if (before.equals("oh") || before.equals("my") || before.equals("thank")
                    || before.equals("by") && (by.sentenceStart || i > 1 && tokens.get(i - 2).shape == Token.Shape.PUNCT)
                    || before.equals("for") && i + 2 < limit && tokens.get(i + 1).shape == Token.Shape.POSSESSIVE
                            && tokens.get(i + 2).text.startsWith("sake")) {
                return true;
            }
        }
        return tokens.get(i).sentenceStart && i + 1 < limit && (tokens.get(i + 1).isPunct(',') || tokens.get(i + 1).isPunct('!'));
    }

    /**
     * @return whether a one-word term that names no entity is a given name before a capitalised
     *         surname in the same sentence ("Christian Rosencreutz", not "Christian Democrats")
     */
    private boolean givenNameBeforeName(int i, int phrase, int limit) {
        if (phrase != 1 || !lexicon.isFirstName(tokens.get(i).text) || i + 1 >= limit) {
            return false;
        }
        Token next = tokens.get(i + 1);
        return next.shape == Token.Shape.CAPITALISED && !next.sentenceStart && !next.caseless
                && lexicon.phrase(tokens, i + 1, i + 2, false) == null && !lexicon.isOrgSuffix(next.text)
                && !lexicon.isCommonWord(next.text.toLowerCase(Locale.ROOT))
                && !lowerInText.contains(next.text.toLowerCase(Locale.ROOT));
    }

    /**
     * @param after the token after a demonym or another adjective that names no entity
     * @return the end of a run of capitalised words there that ends with an organisation word
     *         ("Albanian Government", "Russian Foreign Ministry", "British Museum"), or 0
     */
    private int demonymOrganisation(int after, int limit) {
        if (after >= limit || !tokens.get(after).isCapital() || tokens.get(after).sentenceStart
                || tokens.get(after).caseless || roles.roleOrHonorific(after, limit) > 0) {
            return 0;
        }
        int end = runEnd(after, limit);
        return lexicon.isOrgSuffix(tokens.get(end - 1).text) || OrganisationHeadOf.in(lexicon, tokens, after, end) ? end : 0;
    }

    /**
     * @return the length of a known place or organisation in capitals at the start of a line before "(", "," or a
     *         dash: the dateline of a news story ("LONDON (Reuters) -", "NEW YORK —", "UNITED NATIONS (AP) —"); or 0
     */
    private int dateline(int i, int limit) {
        Token t = tokens.get(i);
        if (!t.lineStart || t.shape != Token.Shape.UPPER || t.text.length() < 3) {
            return 0;
        }
        int phrase = lexicon.longestPhrase(tokens, i, limit, true);
        if (phrase == 0 || i + phrase >= limit) {
            return 0;
        }
        Known known = lexicon.phrase(tokens, i, i + phrase, true);
        Token next = tokens.get(i + phrase);
        boolean punctuation = next.isPunct('(') || next.isPunct(',') || next.isPunct('-') || next.isPunct('—')
                || next.isPunct('–');
        return known != null && (known.type() == EntityType.LOCATION || known.type() == EntityType.ORGANIZATION) && punctuation ? phrase : 0;
    }

    /** Sentence-initial capitals of common words and capitalised function words are not names. */
    boolean notAName(Token t, int i, int limit) {
        String lower = t.text.toLowerCase(Locale.ROOT);
        if (NameWords.isFunctionWord(lower) && givenNameInside(t, i, limit)) {
            return false; // "team captain Will Reynolds"
        }
        if (NameWords.isFunctionWord(lower) || runs.isFunctionWordWithoutPeriod(lower) || t.shape == Token.Shape.JUNK || NameWords.hasDigit(t.text) || NameWords.isContraction(lower)) {
            return true;
        }
        if (t.shape == Token.Shape.UPPER && t.text.length() == 1) {
            return !(i + 1 < limit && tokens.get(i + 1).isCapital()); // "I" but not "J Smith"
        }
        if (Calendar.weekday(t) != null && !Calendar.weekdayAbbreviationInName(tokens, i, limit) || Calendar.month(t) > 0 && t.text.length() > 3
                && !(lexicon.isFirstName(t.text) && i + 1 < limit && tokens.get(i + 1).shape == Token.Shape.CAPITALISED)) {
            return true;
        }
        if (t.sentenceStart) {
            if (lexicon.isFirstName(t.text) && i + 1 < limit && tokens.get(i + 1).shape == Token.Shape.CAPITALISED
                    && !tokens.get(i + 1).sentenceStart) {
                return false; // "Will Smith said"
            }
            if (lexicon.isPlaceHead(t.text) && i + 1 < limit && tokens.get(i + 1).shape == Token.Shape.CAPITALISED
                    && !tokens.get(i + 1).sentenceStart) {
                return false; // "Fort Lee is a city", "Lake Tahoe froze"
            }
            if (titleOpening.opensName(i, limit)) {
                return false; // "General Quorvath said"
            }
            return lexicon.isCommonWord(lower) || SentenceInitialParticiples.opens(lexicon, tokens, i, limit) || (lowerInText.contains(lower) || i + 1 < limit && NameWords.opensClause(lower, tokens.get(i + 1))) && !lexicon.isFirstName(t.text);
        }
        return false;
    }

    /**
     * A function word that is also a given name ("Will", "Hope"), inside a sentence, before a
     * capitalised word that is not a function word: a given name.
     */
    private boolean givenNameInside(Token t, int i, int limit) {
        if (t.sentenceStart || t.shape != Token.Shape.CAPITALISED || !lexicon.isFirstName(t.text) || i + 1 >= limit) {
            return false;
        }
        Token next = tokens.get(i + 1);
        return next.shape == Token.Shape.CAPITALISED && !next.sentenceStart
                && !NameWords.isFunctionWord(next.text.toLowerCase(Locale.ROOT));
    }

    /**
     * @return whether every capitalised word of the run is a word never written in lower case in
     *         the text nor a common word: "Long Room" and "Previous Research" are not names
     */
    boolean nameLike(Candidate c) {
        for (int k = c.from; k < c.to; k++) {
            Token t = tokens.get(k);
            if (t.isCapital()) {
                String lower = t.text.toLowerCase(Locale.ROOT);
                if (lexicon.isCommonWord(lower) || lowerInText.contains(lower)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** @return whether the word is a common word or written in lower case somewhere in the text ("Progressive") */
    boolean commonWord(Token t) {
        String lower = t.text.toLowerCase(Locale.ROOT);
        return lexicon.isCommonWord(lower) || lowerInText.contains(lower);
    }

    /**
     * @return whether a title that is also a given name opens a two-word name right after another
     *         title: "Senator Dean Heller" is Dean Heller, no dean. Alone, "Dean Heller" stays ambiguous
     *         (a dean in a college's news) and keeps the title reading
     */
    private boolean givenNameBeforeSurname(int i, int role, int limit) {
        Token t = tokens.get(i);
        return role == 1 && t.shape == Token.Shape.CAPITALISED && !t.caseless && lexicon.isFirstNameAlone(t.text)
                && i + 1 < limit && tokens.get(i + 1).shape == Token.Shape.CAPITALISED
                && (i + 2 >= limit || !tokens.get(i + 2).isCapital())
                && i > 0 && tokens.get(i - 1).isCapital() && roles.roleOrHonorific(i - 1, limit) == 1;
    }

    /** @return whether the word alone is a given name in the gazetteer ({@link Lexicon#isFirstNameAlone}) */
    boolean isFirstName(Candidate c) {
        return c.length() == 1 && lexicon.isFirstNameAlone(tokens.get(c.from).text);
    }

    /** @return whether the word alone is a given name of the US records only ({@link Lexicon#isFirstName}, not alone) */
    boolean isRecordedGivenName(Candidate c) {
        return c.length() == 1 && lexicon.isFirstName(tokens.get(c.from).text);
    }

    /** "the Court", "the University", "the Senate", "this Assembly": an organisation word alone after a determiner. */
    boolean isOrganisationWordAfterThe(Candidate c) {
        return OrganisationWordAfterDeterminer.at(lexicon, tokens, c);
    }

    /** @return the end of the run of capitalised words at {@code i} (see {@link NameRuns#end}) */
    int runEnd(int i, int limit) {
        return runs.end(i, limit);
    }

    /** A gazetteer phrase at the start of a longer run: "United States Army", "Jordan Peterson", "Paris Hilton". */
    private boolean partOfLongerName(Known known, int i, int phrase, int end) {
        String last = tokens.get(end - 1).text;
        if (lexicon.isOrgSuffix(last) || lexicon.isPlaceSuffix(last)) { // "Senate Judiciary Committee", "UN Human Rights Council": one organisation
            return true;
        }
        if ((known.type() == EntityType.LOCATION || known.type() == EntityType.ORGANIZATION) && OrganisationHeadOf.in(lexicon, tokens, i + phrase, end)
                || known.type() == EntityType.LOCATION && VenueHeadOf.in(lexicon, tokens, i + phrase, end)) {
            return true; // "Nevada Department of Transportation", "United Nations Office for Disarmament Affairs", "Cleveland Museum of Art"
        }
        if (known.ambiguous() && lexicon.isFirstName(tokens.get(i).text)
                || AcronymOrganisationOfPlace.in(lexicon, tokens, i, end)) { // "NHS England"
            return true;
        }
        // "Pittsburgh Pirates", "Texas Rangers": a team
        return (known.kind() == Known.Kind.CITY || known.kind() == Known.Kind.STATE || TeamRegions.names(known, tokens, i)) && end - i - phrase <= 2
                && (last.length() > 3 && last.endsWith("s") || NameWords.isMediaWord(last)) && tokens.get(end - 1).shape == Token.Shape.CAPITALISED
                && !lexicon.isPlaceSuffix(last);
    }

    Candidate candidate(int from, int to, Known known) {
        if (to - from == 1) {
            return new Candidate(from, to, tokens.get(from).text, known);
        }
        return new Candidate(from, to, Token.surface(tokens, from, to), known);
    }

    /** @return the type a run of words has from its own words, or {@code null} (see {@link WordTyping}) */
    EntityType typeFromWords(Candidate c) {
        return typing.typeFromWords(c);
    }
}
