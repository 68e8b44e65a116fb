package org.gazette.enrich.entities.impl;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Titles, roles and offices at or before a name: "President Mara Okafor" (the capitalised title in
 * the span, not in the name), "spokesperson Jane Doe" (a lower-case role outside the span), "Mr.
 * President" (an address), "Governor of Virginia" (an office, a person), "Secretary of Defense
 * Lloyd Austin" (an office and its holder). Works for one {@link NameFinder} over one text.
 */
final class Roles {

    /** Roles that written in lower case are mostly adjectives: "the official Acme site", "the principal Oslo office". */
    private static final Set<String> ADJECTIVES = Set.of("official", "principal", "general", "major", "private", "chief");

    /** @return whether the lower-case role is one that is mostly an adjective ("official") */
    static boolean isAdjective(String word) {
        return ADJECTIVES.contains(word);
    }

    private final Lexicon lexicon;
    private final List<Token> tokens;
    private final NameFinder finder;
    private final TitledNameThatIsATitle namesThatAreTitles;

    Roles(Lexicon lexicon, List<Token> tokens, NameFinder finder) {
        this.lexicon = lexicon;
        this.tokens = tokens;
        this.finder = finder;
        this.namesThatAreTitles = new TitledNameThatIsATitle(lexicon, tokens);
    }

    /** A title at {@code i}: the name after it is a person's; the title is not part of the mention. */
    NameFinder.Step afterRole(int i, int role, int limit) {
        int after = i + role;
        if (after < limit && (tokens.get(after).isCapital() || HonorificBeforeParticle.at(lexicon, tokens, i, after, limit))
                && !tokens.get(after).sentenceStart) {
            int phrase = lexicon.longestPhrase(tokens, after, limit, false);
            Known known = phrase > 0 ? lexicon.phrase(tokens, after, after + phrase, false) : null;
            if (known != null && !known.ambiguous() && !(known.kind() == Known.Kind.ORGANIZATION && phrase == 1
                    && capitalisedTitle(i, after) && (after + 1 >= limit || !tokens.get(after + 1).isCapital()))) {
                return new NameFinder.Step(null, after); // "Secretary Texas" no, "Vice President Ford" yes: let the next step see it
            }
            int end = finder.runEnd(after, limit);
            int title = lexicon.roleAt(tokens, after, limit);
            if (title > 0 && lexicon.isHonorific(tokens.get(i).text)
                    && (after + title >= limit || !tokens.get(after + title).isCapital())) {
                Candidate c = finder.candidate(i, after + title, null); // "Mr. President", "Madam Speaker": addressed
                c.personCue = true;
                c.roleAlone = true;
                c.role = roleKey(after, after + title);
                return new NameFinder.Step(c, after + title);
            }
            int second = roleOrHonorific(after, limit);
            if (second > 0 && !namesThatAreTitles.isName(after, second, limit)) {
                return new NameFinder.Step(null, after); // "Former Vice President ..."
            }
            String last = tokens.get(end - 1).text;
            if (end - after >= 2 && lexicon.isOrgSuffix(last) || TitledFacilityNames.isFacility(end - after, last)
                    && !(lexicon.isHonorific(tokens.get(i).text) && lexicon.isFirstName(tokens.get(after).text))) { // not "Mr. Tom Bridge"
                Candidate c = finder.candidate(i, end, null); // "St. Andrews University", "Sheikh Varrow Mosque": no person
                return new NameFinder.Step(c, end);
            }
            Candidate c = finder.candidate(after, end, null);
            c.personCue = true;
            c.role = roleKey(i, after);
            if (capitalisedTitle(i, after)) {
                c.spanFrom = i; // "President Mara Okafor", "Dr. Rob": the title is part of the mention, not of the name
            }
            return new NameFinder.Step(c, end);
        }
        boolean titleCase = tokens.get(after - 1).shape == Token.Shape.CAPITALISED;
        int office = titleCase && capitalisedTitle(i, after) ? officeEnd(after, limit) : 0;
        if (office > 0 && (i == 0 || !tokens.get(i - 1).isCapital() || tokens.get(i - 1).is("The"))) {
            int holder = holderAfterOffice(after, office);
            if (holder > 0) {
                Candidate c = finder.candidate(holder, office, null); // "Secretary of Defense Lloyd Austin": the person
                c.personCue = true;
                c.role = roleKey(i, holder);
                c.spanFrom = i;
                return new NameFinder.Step(c, office);
            }
            Candidate c = finder.candidate(i, office, null); // "President of the United States", "Governor of Virginia"
            c.personCue = true;
            c.roleAlone = true;
            c.role = roleKey(i, after); // joins the person last named with that title, like "the President"
            return new NameFinder.Step(c, office);
        }
        if (titleCase && !tokens.get(i).sentenceStart && (after >= limit || !tokens.get(after).is("of"))
                && (i == 0 || !tokens.get(i - 1).isCapital() || tokens.get(i - 1).is("The")
                        || NameWords.isAcronym(tokens.get(i - 1)) && !tokens.get(i - 1).caseless)) { // "the NASA Administrator said"
            Candidate c = finder.candidate(i, after, null); // "the President said", "Madam Speaker"
            c.personCue = true;
            c.roleAlone = true;
            c.role = roleKey(i, after);
            return new NameFinder.Step(c, after);
        }
        return new NameFinder.Step(null, after);
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
                || finder.notAName(tokens.get(name), name, limit)) {
            return 0;
        }
        return finder.runEnd(name, limit);
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

    /** @return the tokens of a role or honorific at {@code i} ("Prime Minister", "Dr."), or 0 */
    /**
     * "Mr" is a function word for {@link NameWords} (so it is never a name alone), but before a
     * capitalised word it is a title: "Mr President", "Mr Chairman" are addressed persons.
     */
    boolean honorificBeforeCapital(int i, int limit) {
        String text = tokens.get(i).text;
        return NameWords.isFunctionWord(text.toLowerCase(java.util.Locale.ROOT)) && lexicon.isHonorific(text) && i + 1 < limit && tokens.get(i + 1).isCapital() && !tokens.get(i + 1).sentenceStart;
    }

    int roleOrHonorific(int i, int limit) {
        Token t = tokens.get(i);
        if (lexicon.isHonorific(t.text)) {
            return 1;
        }
        return lexicon.roleAt(tokens, i, limit);
    }

    /** A lower-case role just before: "spokesperson Jane Doe", "North Korean leader Kim". */
    void personCueBefore(Candidate c) {
        int role = c.from > 0 ? lexicon.roleBefore(tokens, c.from) : 0;
        if (c.length() == 1 && NameWords.isAcronym(tokens.get(c.from)) && !tokens.get(c.from).caseless) {
            return; // "state broadcaster QBC", "the opposition party VDA": an acronym names no person
        }
        if (role > 0 && !tokens.get(c.from).lineStart) { // a role ending the line above is no title: "candidate" / "Interview"
            Token before = tokens.get(c.from - 1);
            if (before.shape == Token.Shape.LOWER && role == 1 && ADJECTIVES.contains(before.text)) {
                return; // "official Acme departments", "general Relativity": an adjective, not a title
            }
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
}
