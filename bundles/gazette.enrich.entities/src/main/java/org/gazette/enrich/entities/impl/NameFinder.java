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
        int phrase = lexicon.longestPhrase(tokens, i, limit, false);
        Known known = phrase > 0 ? lexicon.phrase(tokens, i, i + phrase, false) : null;
        if (known != null && known.type() == null) {
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

    /** A title at {@code i}: the name after it is a person's; the title is not part of the mention. */
    private Step afterRole(int i, int role, int limit) {
        int after = i + role;
        if (after < limit && tokens.get(after).isCapital() && !tokens.get(after).sentenceStart) {
            int phrase = lexicon.longestPhrase(tokens, after, limit, false);
            Known known = phrase > 0 ? lexicon.phrase(tokens, after, after + phrase, false) : null;
            if (known != null && !known.ambiguous()) {
                return new Step(null, after); // "President Obama" yes, "Secretary Texas" no: let the next step see it
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
            Candidate c = candidate(after, end, null);
            c.personCue = true;
            c.role = roleKey(i, after);
            return new Step(c, end);
        }
        boolean titleCase = tokens.get(after - 1).shape == Token.Shape.CAPITALISED;
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
        if (FUNCTION_WORDS.contains(lower) || t.shape == Token.Shape.JUNK || hasDigit(t.text) || isContraction(lower)) {
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
            return lexicon.isCommonWord(lower) || lowerInText.contains(lower) && !lexicon.isFirstName(t.text);
        }
        return false;
    }

    /** "I've", "I’m", "I'd", "I'll": a pronoun with its verb, never a name. */
    private static boolean isContraction(String lower) {
        return lower.length() > 2 && lower.charAt(0) == 'i' && (lower.charAt(1) == '\'' || lower.charAt(1) == '’');
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
                if (u.shape == Token.Shape.CAPITALISED && (FUNCTION_WORDS.contains(u.text.toLowerCase(Locale.ROOT))
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
                && last.length() > 3 && last.endsWith("s") && tokens.get(end - 1).shape == Token.Shape.CAPITALISED
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
        if (c.length() >= 2 && c.known == null && last.endsWith("s") && last.length() > 3) {
            int phrase = lexicon.longestPhrase(tokens, c.from, c.to, false);
            Known place = phrase > 0 ? lexicon.phrase(tokens, c.from, c.from + phrase, false) : null;
            if (place != null && (place.kind() == Known.Kind.CITY || place.kind() == Known.Kind.STATE)) {
                return EntityType.ORGANIZATION; // a team named after its city
            }
        }
        if (c.length() >= 3 && lexicon.isOrgHead(first) && tokens.get(c.from + 1).is("of")) {
            return EntityType.ORGANIZATION;
        }
        if (c.length() >= 2 && (lexicon.isPlaceSuffix(last) || lexicon.isPlaceHead(first) || COMPASS.contains(first)
                && compassPlace(c.from, c.to) == c.length() - 1)) {
            return EntityType.LOCATION;
        }
        if (c.length() >= 2 && (lexicon.isFirstName(first) || isInitial(first))) {
            return EntityType.PERSON;
        }
        return null;
    }

    private static boolean isInitial(String word) {
        return word.length() == 2 && word.charAt(1) == '.' && Character.isUpperCase(word.charAt(0));
    }
}
