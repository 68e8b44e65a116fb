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

    /** Lower-case words that join the parts of a name ("Ludwig van Beethoven", "Osama bin Laden"). */
    private static final Set<String> PARTICLES = Set.of("van", "der", "den", "de", "del", "della", "di", "da", "dos",
            "das", "du", "la", "le", "von", "zu", "bin", "ibn", "bint", "al", "el", "abu", "y", "ter", "ten", "af");
    /** Capitalised words that never start a name ("The", "In", "I"). */
    private static final Set<String> FUNCTION_WORDS = Set.of("the", "a", "an", "i", "in", "on", "at", "of", "and",
            "or", "but", "to", "for", "with", "by", "from", "as", "is", "it", "this", "that", "these", "those", "he",
            "she", "we", "they", "you", "his", "her", "their", "our", "my", "your", "its", "if", "so", "no", "not",
            "all", "some", "any", "there", "here", "when", "where", "what", "who", "how", "why", "yes", "oh", "mr",
            "me", "him", "them", "us", "was", "were", "are", "be", "do", "did", "does", "has", "have", "had", "can",
            "will", "would", "should", "could", "may", "might", "must", "after", "before", "while", "then", "than",
            "also", "just", "only", "even", "still", "now", "one", "two", "three", "first", "last", "new", "every",
            "each", "both", "many", "most", "such", "other", "another", "about", "into", "over", "under", "again",
            "very", "more", "less", "like", "ok", "okay", "well", "hi", "hello", "dear", "thanks", "thank", "please");
    /** Compass words that make a new place of a known one before it ("West Oakland", "South Florida"). */
    private static final Set<String> COMPASS = Set.of("North", "South", "East", "West", "Northeast", "Northwest",
            "Southeast", "Southwest", "Central", "Upper", "Lower", "Greater", "Downtown", "Midtown", "Uptown");
    /** First words of organisation names in other languages ("Universidad de Chile", "Banco Santander"). */
    private static final Set<String> FOREIGN_ORGANISATION_HEADS = Set.of("Universidad", "Universidade", "Università",
            "Universität", "Université", "Universiteit", "Uniwersytet", "Conservatoire", "Conservatorio", "Instituto",
            "Institut", "Istituto", "Banco", "Banque", "Banca", "Museo", "Musée", "Museu", "Ministerio", "Ministère",
            "Ministério", "Partido", "Parti", "Partito", "Partei", "Escuela", "Escola", "École", "Colegio", "Hochschule",
            "Fundación", "Fundação", "Fondation", "Stiftung", "Compagnie", "Compañía", "Société", "Gesellschaft");
    /** Last words of newspapers and teams that do not end in "s" ("Boston Globe", "Miami Heat", "Utah Jazz"). */
    private static final Set<String> MEDIA_AND_TEAM_WORDS = Set.of("Globe", "Sun", "Star", "Mirror", "Observer",
            "Guardian", "Independent", "Telegraph", "Examiner", "Inquirer", "Enquirer", "Courier", "Dispatch",
            "Bulletin", "Sentinel", "Register", "Ledger", "Standard", "Heat", "Magic", "Jazz", "Thunder", "Fire",
            "Galaxy", "Wild", "Lightning", "Sox", "United", "FC", "Rovers", "Express");
    /** Acronyms in capitals that are not organisations. */
    private static final Set<String> NOT_ACRONYMS = Set.of("I", "A", "OK", "TV", "CEO", "CFO", "COO", "AM", "PM",
            "AI", "GDP", "PhD", "MP", "MPs", "DNA", "RNA", "ID", "IT", "PC", "PR", "HR", "VIP", "USB", "UK", "US",
            "LGBT", "LGBTQ", "COVID", "HIV", "AIDS", "CD", "DVD", "FAQ", "PDF", "URL", "GPS", "SUV", "UFO", "AD",
            "BC", "BCE", "CE", "NO", "YES", "II", "III", "IV", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "Q", "OMG",
            "LOL", "BBQ", "DJ", "MC", "ER", "ICU", "IQ", "IPO", "RSVP", "ASAP", "FYI", "P.S.", "A.M.", "P.M.", "THE",
            "AND", "OF", "MD", "PS", "EST", "GMT", "UTC", "PST", "ET", "PT", "CT", "MT", "US$", "VP", "NB", "OR", "IN");

    private final Lexicon lexicon;
    private final List<Token> tokens;
    /** Lower-case words written in lower case somewhere in the text. */
    private final Set<String> lowerInText;

    NameFinder(Lexicon lexicon, List<Token> tokens, Set<String> lowerInText) {
        this.lexicon = lexicon;
        this.tokens = tokens;
        this.lowerInText = lowerInText;
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
            return new Step(null, i + 1);
        }
        int dateline = dateline(i, limit);
        if (dateline > 0) {
            return new Step(candidate(i, i + dateline, lexicon.phrase(tokens, i, i + dateline, true)), i + dateline);
        }
        int phrase = lexicon.longestPhrase(tokens, i, limit, false);
        Known known = phrase > 0 ? lexicon.phrase(tokens, i, i + phrase, false) : null;
        if (known != null && known.type() == null) {
            int organisation = known.kind() == Known.Kind.DEMONYM ? demonymOrganisation(i + phrase, limit) : 0;
            if (organisation > 0) {
                return new Step(candidate(i, organisation, null), organisation); // "the Albanian Government"
            }
            return new Step(null, i + phrase); // "North Korean leader Kim": the demonym is not the name
        }
        if (known == null && compassPlace(i, limit) > 0) {
            return new Step(candidate(i, i + 1 + compassPlace(i, limit), null), i + 1 + compassPlace(i, limit));
        }
        if (known == null && notAName(t, i, limit)) {
            return new Step(null, i + 1);
        }
        int role = known == null ? roleOrHonorific(i, limit) : 0;
        if (role > 0) {
            return afterRole(i, role, limit);
        }
        int end = runEnd(i, limit);
        if (known != null && (phrase >= end - i || !partOfLongerName(known, i, phrase, end))) {
            Candidate c = candidate(i, i + phrase, known);
            personCueBefore(c);
            return new Step(c, i + phrase);
        }
        Candidate c = candidate(i, end, lexicon.phrase(tokens, i, end, false));
        personCueBefore(c);
        c.beforeRole = end < limit && roleOrHonorific(end, limit) > 0 && tokens.get(end).isCapital();
        return new Step(c, end);
    }

    /**
     * @param after the token after a demonym
     * @return the end of a run of capitalised words there that ends with an organisation word
     *         ("Albanian Government", "Russian Foreign Ministry", "British Museum"), or 0
     */
    private int demonymOrganisation(int after, int limit) {
        if (after >= limit || !tokens.get(after).isCapital() || tokens.get(after).sentenceStart
                || tokens.get(after).caseless || roleOrHonorific(after, limit) > 0) {
            return 0;
        }
        int end = runEnd(after, limit);
        return lexicon.isOrgSuffix(tokens.get(end - 1).text) ? end : 0;
    }

    /**
     * @return the length of a known place in capitals at the start of a line before "(", "," or a
     *         dash: the dateline of a news story ("LONDON (Reuters) -", "NEW YORK —"); or 0
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
        return known != null && known.type() == EntityType.LOCATION && punctuation ? phrase : 0;
    }

    /** A title at {@code i}: the name after it is a person's; the title is not part of the mention. */
    private Step afterRole(int i, int role, int limit) {
        int after = i + role;
        if (after < limit && tokens.get(after).isCapital() && !tokens.get(after).sentenceStart) {
            int phrase = lexicon.longestPhrase(tokens, after, limit, false);
            Known known = phrase > 0 ? lexicon.phrase(tokens, after, after + phrase, false) : null;
            if (known != null && !known.ambiguous() && !(known.kind() == Known.Kind.ORGANIZATION && phrase == 1
                    && capitalisedTitle(i, after) && (after + 1 >= limit || !tokens.get(after + 1).isCapital()))) {
                return new Step(null, after); // "Secretary Texas" no, "Vice President Ford" yes: let the next step see it
            }
            int end = runEnd(after, limit);
            int title = lexicon.roleAt(tokens, after, limit);
            if (title > 0 && lexicon.isHonorific(tokens.get(i).text)
                    && (after + title >= limit || !tokens.get(after + title).isCapital())) {
                Candidate c = candidate(i, after + title, null); // "Mr. President", "Madam Speaker": addressed
                c.personCue = true;
                c.roleAlone = true;
                c.role = roleKey(after, after + title);
                return new Step(c, after + title);
            }
            if (roleOrHonorific(after, limit) > 0) {
                return new Step(null, after); // "Former Vice President ..."
            }
            String last = tokens.get(end - 1).text;
            if (end - after >= 2 && lexicon.isOrgSuffix(last)) {
                Candidate c = candidate(i, end, null); // "St. Andrews University", "General Motors Building": no person
                return new Step(c, end);
            }
            Candidate c = candidate(after, end, null);
            c.personCue = true;
            c.role = roleKey(i, after);
            if (capitalisedTitle(i, after)) {
                c.spanFrom = i; // "President Mara Okafor", "Dr. Rob": the title is part of the mention, not of the name
            }
            return new Step(c, end);
        }
        boolean titleCase = tokens.get(after - 1).shape == Token.Shape.CAPITALISED;
        int office = titleCase && capitalisedTitle(i, after) ? officeEnd(after, limit) : 0;
        if (office > 0 && (i == 0 || !tokens.get(i - 1).isCapital() || tokens.get(i - 1).is("The"))) {
            int holder = holderAfterOffice(after, office);
            if (holder > 0) {
                Candidate c = candidate(holder, office, null); // "Secretary of Defense Lloyd Austin": the person
                c.personCue = true;
                c.role = roleKey(i, holder);
                c.spanFrom = i;
                return new Step(c, office);
            }
            Candidate c = candidate(i, office, null); // "President of the United States", "Governor of Virginia"
            c.personCue = true;
            c.roleAlone = true;
            c.role = roleKey(i, after); // joins the person last named with that title, like "the President"
            return new Step(c, office);
        }
        if (titleCase && !tokens.get(i).sentenceStart && (after >= limit || !tokens.get(after).is("of"))
                && (i == 0 || !tokens.get(i - 1).isCapital() || tokens.get(i - 1).is("The"))) {
            Candidate c = candidate(i, after, null); // "the President said", "Madam Speaker"
            c.personCue = true;
            c.roleAlone = true;
            c.role = roleKey(i, after);
            return new Step(c, after);
        }
        return new Step(null, after);
    }

    /**
     * @param of the token after a capitalised title
     * @return the end of "of (the) Name" there ("of the United States", "of Virginia"), or 0
     */
    private int officeEnd(int of, int limit) {
        if (of >= limit || !tokens.get(of).is("of")) {
            return 0;
        }
        int name = of + 1 < limit && tokens.get(of + 1).is("the") ? of + 2 : of + 1;
        if (name >= limit || !tokens.get(name).isCapital() || tokens.get(name).sentenceStart || tokens.get(name).caseless
                || notAName(tokens.get(name), name, limit)) {
            return 0;
        }
        return runEnd(name, limit);
    }

    /**
     * @return where a person's name starts inside the run after an office ("Secretary of Defense
     *         Lloyd Austin": at "Lloyd", a given name followed by a capitalised word), or 0
     */
    private int holderAfterOffice(int of, int end) {
        for (int k = of + 2; k + 1 < end; k++) {
            if (lexicon.isFirstName(tokens.get(k).text) && tokens.get(k + 1).isCapital()) {
                return k;
            }
        }
        return 0;
    }

    /** Every word of the title at [from, to) is capitalised: "Vice President", "Dr.", not "former". */
    private boolean capitalisedTitle(int from, int to) {
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            boolean inner = k > from && k < to - 1 && (t.is("of") || t.is("the") || t.is("for"));
            if (!inner && !t.isCapital() || t.caseless) {
                return false; // "Secretary of State" is capitalised, "former" is not
            }
        }
        return true;
    }

    /** @return the length of the known place after a compass word at {@code i} ("West" "Oakland"), or 0 */
    private int compassPlace(int i, int limit) {
        if (!COMPASS.contains(tokens.get(i).text) || i + 1 >= limit || !tokens.get(i + 1).isCapital()
                || tokens.get(i + 1).sentenceStart) {
            return 0;
        }
        int phrase = lexicon.longestPhrase(tokens, i + 1, limit, false);
        Known known = phrase > 0 ? lexicon.phrase(tokens, i + 1, i + 1 + phrase, false) : null;
        if (known == null || known.type() != EntityType.LOCATION || known.ambiguous()
                || i + 1 + phrase < limit && tokens.get(i + 1 + phrase).isCapital()) {
            return 0; // "South Africa" is in the gazetteer itself; "West Bank Road" is a longer name
        }
        return phrase;
    }

    /** Sentence-initial capitals of common words and capitalised function words are not names. */
    private boolean notAName(Token t, int i, int limit) {
        String lower = t.text.toLowerCase(Locale.ROOT);
        if (FUNCTION_WORDS.contains(lower) || FUNCTION_WORDS.contains(withoutPeriod(lower)) || t.shape == Token.Shape.JUNK || hasDigit(t.text) || isContraction(lower)) {
            return true;
        }
        if (t.shape == Token.Shape.UPPER && t.text.length() == 1) {
            return !(i + 1 < limit && tokens.get(i + 1).isCapital()); // "I" but not "J Smith"
        }
        if (Calendar.weekday(t) != null || Calendar.month(t) > 0 && t.text.length() > 3
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
            return lexicon.isCommonWord(lower) || lowerInText.contains(lower) && !lexicon.isFirstName(t.text);
        }
        return false;
    }

    /** "I've", "I’m", "I'd", "I'll": a pronoun with its verb, never a name. */
    private static boolean isContraction(String lower) {
        return lower.length() > 2 && lower.charAt(0) == 'i' && (lower.charAt(1) == '\'' || lower.charAt(1) == '’');
    }

    /** "No." is "no"; "Mr." stays "Mr.": honorifics keep their period. */
    private String withoutPeriod(String word) {
        return word.length() > 1 && word.endsWith(".") && !lexicon.isHonorific(word) ? word.substring(0, word.length() - 1) : word;
    }

    /** "I" followed by a lower-case word or nothing: the pronoun, not an initial ("I thought", not "J Smith"). */
    private boolean isPronounI(int j, int limit) {
        return tokens.get(j).text.equals("I") && (j + 1 >= limit || !tokens.get(j + 1).isCapital());
    }

    private static boolean hasDigit(String word) {
        for (int k = 0; k < word.length(); k++) {
            if (Character.isDigit(word.charAt(k))) {
                return true;
            }
        }
        return false;
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

    /** @return whether the word is a given name in the gazetteer */
    boolean isFirstName(Candidate c) {
        return c.length() == 1 && lexicon.isFirstName(tokens.get(c.from).text);
    }

    /** "the Court", "the University", "the Senate": an organisation word alone after "the". */
    boolean isOrganisationWordAfterThe(Candidate c) {
        return c.length() == 1 && c.from > 0 && tokens.get(c.from - 1).text.equalsIgnoreCase("the")
                && lexicon.isOrgSuffix(tokens.get(c.from).text) && tokens.get(c.from).shape == Token.Shape.CAPITALISED;
    }

    /** @return the tokens of a role or honorific at {@code i} ("Prime Minister", "Dr."), or 0 */
    private int roleOrHonorific(int i, int limit) {
        Token t = tokens.get(i);
        if (lexicon.isHonorific(t.text)) {
            return 1;
        }
        return lexicon.roleAt(tokens, i, limit);
    }

    /**
     * @return the end of the run of capitalised words at {@code i}: it goes on over particles before
     *         a capital ("van der", "bin"), "of" after an organisation or place head word
     *         ("University of", "Gulf of") and "&amp;"; it stops at a sentence start, a possessive,
     *         and before a role ("Acme CEO Jane Doe")
     */
    private int runEnd(int i, int limit) {
        int j = i + 1;
        while (j < limit) {
            Token u = tokens.get(j);
            if (u.sentenceStart || u.caseless) {
                break;
            }
            boolean nextCapital = j + 1 < limit && tokens.get(j + 1).isCapital() && !tokens.get(j + 1).sentenceStart;
            if (u.isCapital()) {
                if (Calendar.weekday(u) != null || Calendar.month(u) > 0 && j + 1 < limit
                        && tokens.get(j + 1).shape == Token.Shape.NUMBER) {
                    break; // "Obama Tuesday", "Summit March 3"
                }
                if (roleOrHonorific(j, limit) > 0 && j + 1 < limit && tokens.get(j + 1).isCapital()
                        && !lexicon.isOrgSuffix(tokens.get(j + lexicon.roleAt(tokens, j, limit)).text)) {
                    break;
                }
                if (isPronounI(j, limit)) {
                    break; // "Shit I thought"
                }
                if (u.shape == Token.Shape.CAPITALISED && (FUNCTION_WORDS.contains(withoutPeriod(u.text.toLowerCase(Locale.ROOT)))
                        || isContraction(u.text.toLowerCase(Locale.ROOT)))) {
                    break;
                }
                j++;
            } else if (u.shape == Token.Shape.LOWER && PARTICLES.contains(u.text) && particlesThenCapital(j, limit)) {
                j++;
            } else if ((u.is("of") || u.is("for")) && ofJoins(i, j, limit)) {
                j += tokens.get(j + 1).is("the") ? 2 : 1;
            } else if (u.isPunct('&') && nextCapital) {
                j++;
            } else {
                break;
            }
        }
        return j;
    }

    /** "van der Berg": one or two particles, then a capitalised word in the same sentence. */
    private boolean particlesThenCapital(int j, int limit) {
        for (int k = j; k < Math.min(limit, j + 3); k++) {
            Token t = tokens.get(k);
            if (t.isCapital()) {
                return !t.sentenceStart;
            }
            if (t.shape != Token.Shape.LOWER || !PARTICLES.contains(t.text)) {
                return false;
            }
        }
        return false;
    }

    /** "of" at {@code j} joins "University of Michigan", "Gulf of Mexico", "Bank of the West". */
    private boolean ofJoins(int from, int j, int limit) {
        int next = j + 1 < limit && tokens.get(j + 1).is("the") ? j + 2 : j + 1;
        if (next >= limit || !tokens.get(next).isCapital() || tokens.get(next).sentenceStart) {
            return false;
        }
        String head = tokens.get(j - 1).text;
        String first = tokens.get(from).text;
        return lexicon.isOrgHead(head) || lexicon.isPlaceHead(head) || lexicon.isOrgHead(first)
                || lexicon.isOrgSuffix(head) && !lexicon.isPlaceSuffix(head);
    }

    /** A gazetteer phrase at the start of a longer run: "United States Army", "Jordan Peterson", "Paris Hilton". */
    private boolean partOfLongerName(Known known, int i, int phrase, int end) {
        String last = tokens.get(end - 1).text;
        if (lexicon.isOrgSuffix(last) && known.kind() != Known.Kind.ORGANIZATION || lexicon.isPlaceSuffix(last)) {
            return true;
        }
        if (known.ambiguous() && lexicon.isFirstName(tokens.get(i).text)) {
            return true;
        }
        // "Pittsburgh Pirates", "Texas Rangers": a team
        return (known.kind() == Known.Kind.CITY || known.kind() == Known.Kind.STATE) && end - i - phrase <= 2
                && last.length() > 3 && (last.endsWith("s") || isMediaWord(last)) && tokens.get(end - 1).shape == Token.Shape.CAPITALISED
                && !lexicon.isPlaceSuffix(last);
    }

    private Candidate candidate(int from, int to, Known known) {
        if (to - from == 1) {
            return new Candidate(from, to, tokens.get(from).text, known);
        }
        StringBuilder b = new StringBuilder();
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            if (k > from && t.start > tokens.get(k - 1).end) {
                b.append(' ');
            }
            b.append(t.text);
        }
        return new Candidate(from, to, b.toString(), known);
    }

    /** A lower-case role just before: "spokesperson Jane Doe", "North Korean leader Kim". */
    private void personCueBefore(Candidate c) {
        int role = c.from > 0 ? lexicon.roleBefore(tokens, c.from) : 0;
        if (role > 0) {
            Token before = tokens.get(c.from - 1);
            if (before.shape == Token.Shape.LOWER || before.isCapital() && lexicon.isHonorific(before.text)) {
                c.personCue = true;
                c.role = roleKey(c.from - role, c.from);
            }
        }
    }

    /** The words of a role, lower case and space-separated: "Vice President" and "VICE PRESIDENT" are "vice president". */
    private String roleKey(int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(tokens.get(k).text.toLowerCase(Locale.ROOT));
        }
        return b.toString();
    }

    /** @return whether the lower-case word joins the parts of a name ("van", "bin", "de") */
    static boolean isParticle(String word) {
        return PARTICLES.contains(word);
    }

    /** @return whether a capitalised single token looks like an acronym of an organisation ("NATO", "ROTC") */
    static boolean isAcronym(Token t) {
        return t.shape == Token.Shape.UPPER && t.text.length() >= 2 && t.text.length() <= 6
                && !NOT_ACRONYMS.contains(t.text);
    }

    /** @return the type a run of words has from its own words, or {@code null}; sets the confidence */
    EntityType typeFromWords(Candidate c) {
        String first = tokens.get(c.from).text;
        String last = tokens.get(c.to - 1).text;
        if (c.length() >= 2 && lexicon.isOrgSuffix(last)) {
            return EntityType.ORGANIZATION;
        }
        if (c.length() >= 2 && c.known == null && last.length() > 3 && !lexicon.isPlaceSuffix(last)) {
            int phrase = lexicon.longestPhrase(tokens, c.from, c.to, false);
            Known place = phrase > 0 ? lexicon.phrase(tokens, c.from, c.from + phrase, false) : null;
            if (place != null && (place.kind() == Known.Kind.CITY || place.kind() == Known.Kind.STATE) && !place.ambiguous()
                    && phrase < c.length() && c.length() - phrase <= 2 && (last.endsWith("s") || isMediaWord(last))) {
                return EntityType.ORGANIZATION; // a team named after its city
            }
        }
        if (c.length() >= 3 && lexicon.isOrgHead(first) && tokens.get(c.from + 1).is("of")) {
            return EntityType.ORGANIZATION;
        }
        for (int k = c.from + 1; k < c.to - 1; k++) {
            if (tokens.get(k).is("of") && lexicon.isOrgSuffix(tokens.get(k - 1).text) && !lexicon.isPlaceSuffix(tokens.get(k - 1).text)) {
                return EntityType.ORGANIZATION; // "Labrador Court of Appeal", "Acme Bank of Ohio"
            }
        }
        if (c.length() >= 2 && FOREIGN_ORGANISATION_HEADS.contains(first)) {
            return EntityType.ORGANIZATION; // "Universidad Nacional", "Conservatoire de Paris"
        }
        if (c.length() >= 2 && (lexicon.isPlaceSuffix(last) || lexicon.isPlaceHead(first) || COMPASS.contains(first)
                && compassPlace(c.from, c.to) == c.length() - 1)) {
            return EntityType.LOCATION;
        }
        if (c.length() >= 2 && (lexicon.isFirstName(first) || isInitial(first)) && !isInitial(last)) {
            return EntityType.PERSON;
        }
        return null;
    }

    /** Last words of teams and newspapers named after their city ("Boston Globe", "Orlando Magic", "Miami Heat"). */
    private static boolean isMediaWord(String word) {
        return MEDIA_AND_TEAM_WORDS.contains(word);
    }

    private static boolean isInitial(String word) {
        return word.length() == 2 && word.charAt(1) == '.' && Character.isUpperCase(word.charAt(0));
    }
}
