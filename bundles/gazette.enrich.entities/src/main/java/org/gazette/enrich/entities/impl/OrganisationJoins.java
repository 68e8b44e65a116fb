package org.gazette.enrich.entities.impl;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gazette.api.model.EntityType;

/**
 * Joins a name to an organisation named in the text, for {@link Resolver}: an organisation word
 * alone to the organisation named with it ("the House" after "House of Representatives"), an
 * acronym to the organisation it abbreviates (not an acronym the text defines as a term, see
 * {@link TermNames}), the name without its organisation word to the full name ("Acme" after "Acme
 * Corp."), the words of a team after the place it is named after ("the Red Sox" after "the Boston
 * Red Sox").
 */
final class OrganisationJoins {

    private final Lexicon lexicon;
    private final List<Token> tokens;
    private final TermNames terms;
    private final ParenthesisedAcronyms acronyms;
    private final SportsTeams teams;
    /** The latest organisation whose name of several words starts or ends with a word ("House", "Press"). */
    private final Map<String, Group> organisationByWord = new HashMap<>();
    /** Every organisation whose name of several words is headed by a word ("House of", "Council of"), for the word alone before it. */
    private final Map<String, Set<Group>> namedByHeadWord = new HashMap<>();
    /** The organisations each organisation word alone joined ("House": the House of Representatives). */
    private final Map<String, Set<Group>> joinedByWord = new HashMap<>();

    OrganisationJoins(Lexicon lexicon, List<Token> tokens, TermNames terms) {
        this.lexicon = lexicon;
        this.tokens = tokens;
        this.terms = terms;
        this.acronyms = new ParenthesisedAcronyms(tokens);
        this.teams = new SportsTeams(lexicon, tokens);
    }

    /**
     * An organisation word alone written before the organisation's full name ("the House … the House
     * of Representatives … the House") is that organisation when, later, the word alone joined it and
     * no other, or, written only before, when one organisation's name starts with it.
     */
    void joinWordsBeforeTheName(List<Group> groups) {
        for (Group g : groups) {
            if (g.type != EntityType.ORGANIZATION || g.fromGazetteer || g.members.isEmpty()) {
                continue;
            }
            String word = g.members.get(0).surface;
            Set<Group> joined = joinedByWord.getOrDefault(word, namedByHeadWord.get(word)); // "the House" only before the full name
            if (joined == null || joined.size() != 1 || joined.contains(g)
                    || !g.members.stream().allMatch(m -> m.length() == 1 && m.surface.equals(word))) {
                continue;
            }
            Group target = joined.iterator().next();
            target.takeAll(g);
        }
    }

    /**
     * An organisation word alone joins the latest organisation named with it as its first or last
     * word: "the House" after "House of Representatives", "the Press" after "Cleveland Press".
     */
    private boolean joinByOrganisationWord(Candidate c) {
        Token t = tokens.get(c.from);
        if (c.length() != 1 || t.shape != Token.Shape.CAPITALISED || !lexicon.isOrgSuffix(t.text)) {
            return false;
        }
        Group g = organisationByWord.get(t.text);
        if (g == null) {
            return false;
        }
        joinedByWord.computeIfAbsent(t.text, k -> new HashSet<>()).add(g);
        c.decide(EntityType.ORGANIZATION, Math.max(c.confidence, 0.6));
        g.add(c);
        return true;
    }

    /** Remembers the first and last word of an organisation's name of several words, for {@link #joinByOrganisationWord}. */
    void noteWords(Candidate c, Group g) {
        if (g.type == EntityType.ORGANIZATION && c.length() >= 2) {
            int head = c.from + countryBefore(c);
            if (head + 1 < c.to && headFirst(head, c.to)) {
                organisationByWord.put(tokens.get(head).text, g); // "the House" after "the U.S. House of Representatives"
                namedByHeadWord.computeIfAbsent(tokens.get(head).text, k -> new HashSet<>()).add(g);
            }
            int of = OrganisationWordBeforeOf.wordBeforeOf(lexicon, tokens, c);
            if (of >= 0) {
                organisationByWord.put(tokens.get(of).text, g); // "the Council" after "the City Council of Ashford"
                namedByHeadWord.computeIfAbsent(tokens.get(of).text, k -> new HashSet<>()).add(g);
            }
            if (!g.fromGazetteer || NewspaperShortNames.namesAlone(tokens.get(c.to - 1).text)
                    || KnownOrganisationLastWord.namesAlone(lexicon, tokens.get(c.to - 1).text)) {
                organisationByWord.put(tokens.get(c.to - 1).text, g); // not "the House" for "White House"
            }
        }
    }

    /**
     * @return whether the first word of an organisation's name is the word it is named by: "House of
     *         Representatives", not "House Committee" (a committee of the House, not the House)
     */
    private boolean headFirst(int head, int to) {
        Token second = tokens.get(head + 1);
        return second.shape == Token.Shape.LOWER || !lexicon.isOrgSuffix(tokens.get(to - 1).text);
    }

    /** @return the tokens of a country's name that starts an organisation's name ("U.S." in "U.S. House of Representatives"), or 0 */
    private int countryBefore(Candidate c) {
        for (int words = Math.min(3, c.length() - 1); words >= 1; words--) {
            Known known = lexicon.phrase(tokens, c.from, c.from + words, false);
            if (known != null && known.kind() == Known.Kind.COUNTRY) {
                return words;
            }
        }
        return 0;
    }

    /** An acronym of an organisation in the text, or its name without "Inc." and the like, joins it. */
    boolean join(Candidate c, List<Group> organisations) {
        if (joinByOrganisationWord(c)) {
            return true;
        }
        Group defined = acronyms.organisationOf(c, organisations);
        if (defined != null) {
            ParenthesisedAcronyms.join(c, defined); // "the Zellix Trading Company (ZETCO)"
            return true;
        }
        if (c.length() == 1 && terms.isTermAcronym(c.from)) {
            return false; // "Information and Communication Technology (ICT)" is not the "ICT Authority"
        }
        String key = Names.key(c.surface);
        for (Group g : organisations) {
            String name = Names.key(g.canonical);
            if (c.length() == 1 && tokens.get(c.from).shape == Token.Shape.UPPER && key.equals(initials(g.canonical))
                    || name.startsWith(key + " ") && lexicon.isOrgSuffix(g.canonical.substring(g.canonical.lastIndexOf(' ') + 1))
                            && (Names.words(name) == Names.words(key) + 1
                                    || FirstWordOfOrganisationNames.standsFor(lexicon, tokens, c, Names.words(name))) // "Zembla" after "Zembla Mining Corporation"
                            && !beforeLowerNoun(c) && !organisationWordAlone(c)
                            && !InstitutionTowns.town(tokens, c, g.canonical)
                    || c.type == null && teamAfterPlace(c, g)
                    || (name.startsWith(key + " ") || name.contains(" " + key + " ")) && teams.playsFor(c)) { // "games for Wilmot" after "the Wilmot Hawks"
                c.decide(EntityType.ORGANIZATION, 0.8);
                g.add(c);
                return true;
            }
        }
        return false;
    }

    /** "the Red Sox" after "the Boston Red Sox": a team's name without the place it is named after */
    private boolean teamAfterPlace(Candidate c, Group g) {
        Candidate full = g.members.get(0);
        int place = full.length() - c.length();
        if (place < 1 || !Names.key(full.surface).endsWith(" " + Names.key(c.surface))) {
            return false;
        }
        if (TeamNicknames.isNickname(tokens, c, full)) {
            return true; // "the Owls" after "the Quarry Owls"
        }
        Known known = lexicon.longestPhrase(tokens, full.from, full.to, false) == place
                ? lexicon.phrase(tokens, full.from, full.from + place, false) : null;
        return known != null && known.type() == EntityType.LOCATION;
    }

    /** "House" is not the "House Committee": an organisation word alone names an organisation of its own */
    private boolean organisationWordAlone(Candidate c) {
        return c.length() == 1 && lexicon.isOrgSuffix(tokens.get(c.from).text);
    }

    /** "Social Security benefit", "Acme shares": the name without its organisation word, used as a modifier */
    private boolean beforeLowerNoun(Candidate c) {
        return c.to < tokens.size() && tokens.get(c.to).shape == Token.Shape.LOWER
                && !NameWords.isFunctionWord(tokens.get(c.to).text) && !Cues.SPEECH.contains(tokens.get(c.to).text)
                && !PastTenseAfterName.isPastTense(tokens.get(c.to).text); // "Korbell declined" after "Korbell Industries"
    }

    static String initials(String name) {
        StringBuilder b = new StringBuilder();
        for (String word : name.split("[ -]")) {
            if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
                b.append(Character.toLowerCase(word.charAt(0)));
            }
        }
        return b.toString();
    }
}
