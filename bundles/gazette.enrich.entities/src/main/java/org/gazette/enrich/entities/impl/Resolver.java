package org.gazette.enrich.entities.impl;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.gazette.api.model.EntityType;

/**
 * Decides the type of every candidate name and joins the candidates that name one entity, over the
 * whole text: a surname or given name alone joins a person with that name ("Kim" after "Kim Jong
 * Un", "Jordan" after "Michael Jordan"; {@link PersonGroups} says which), gazetteer aliases join their canonical entity
 * ("U.S." and "America" join "United States"), acronyms join the organisation they abbreviate, and
 * a name left undecided takes the type the same name has elsewhere in the text, else a type from
 * the words around it ("said" after it, "in" before it).
 */
final class Resolver {


    private final Lexicon lexicon;
    private final List<Token> tokens;
    private final Cues cues;
    private final PersonGroups personGroups;
    private final NameFinder finder;
    private final UnionOfStates union;
    private final OrganisationJoins organisationJoins;
    private final boolean singleUnknownAsPerson;
    /** Names written alone as one word somewhere in the text ("Holt" after "Brock Wyatt Holt"). */
    private final Set<String> singleNames = new HashSet<>();
    /** Names written alone as one word that are places by their own words ("Mérida is the capital of"): no evidence of a person. */
    private final Set<String> singlePlaces = new HashSet<>();
    /** Candidates by their first and by their last token, for lists ("Tulsa, Jenks and Sapulpa"). */
    private final Map<Integer, Candidate> byFirst = new HashMap<>();
    private final Map<Integer, Candidate> byLast = new HashMap<>();

    Resolver(Lexicon lexicon, List<Token> tokens, NameFinder finder, boolean singleUnknownAsPerson) {
        this.lexicon = lexicon;
        this.tokens = tokens;
        this.cues = new Cues(lexicon, tokens);
        this.personGroups = new PersonGroups(cues, finder, tokens, new GivenNameSex(lexicon), new SurnameSpellingVariants(lexicon, tokens));
        this.finder = finder;
        this.union = new UnionOfStates(tokens);
        this.organisationJoins = new OrganisationJoins(lexicon, tokens, new TermNames(lexicon, tokens, finder::commonWord));
        this.singleUnknownAsPerson = singleUnknownAsPerson;
    }

    /**
     * @param found the candidates in text order, before {@link SpanRepairs}; those left without a type are dropped
     * @return the entities, each with its mentions, in order of first mention
     */
    List<Group> resolve(List<Candidate> found) {
        List<Candidate> candidates = new ArrayList<>(new PossessiveOrganisations(lexicon, tokens, finder)
                .join(new AndJoinedOrganisations(lexicon, tokens, finder)
                        .join(new InvertedNames(lexicon, tokens).join(new HeadlineNamePairs(lexicon, tokens).split(
                                new PersonNameBeforeCommonWords(lexicon, tokens, finder::commonWord)
                                .trim(new SpanRepairs(lexicon, tokens).repair(new RegnalNumbers(tokens).extend(found))))))));
        for (Candidate c : candidates) {
            if (c.length() == 1) {
                singleNames.add(c.surface);
            }
            decideLocally(c);
            if (c.length() == 1 && c.type == EntityType.LOCATION && c.known == null) {
                singlePlaces.add(c.surface);
            }
            byFirst.put(c.from, c);
            byLast.put(c.to - 1, c);
        }
        Map<String, int[]> votes = new ContextVotes(tokens, cues, finder).count(candidates);
        for (int k = candidates.size() - 1; k >= 0; k--) { // the end of a list types the names before it
            Candidate c = candidates.get(k);
            if (c.type == null && !votes.containsKey(Names.key(c.surface)) && finder.nameLike(c) && !finder.isFirstName(c)
                    && !NameWords.isAcronym(tokens.get(c.from)) && !placeOffice(c)) { // "and Tarnby Mayor Tom Reed" is no person
                EntityType listed = typeInList(c);
                if (listed != null) {
                    c.decide(listed, 0.5);
                }
            }
        }
        new OrganisationNamesWithoutSuffix(lexicon, tokens).decide(candidates); // "Zembla Mining said" after "Zembla Mining Corp."
        for (Candidate c : candidates) {
            if (c.type == null && c.length() >= 2) {
                decideFromContext(c, Map.of(), votes); // "Brock Wyatt Holt" before the groups, so that "Holt" can join it
                if (c.type == EntityType.PERSON && PluralNamesAfterTheAreNoPersons.in(lexicon, tokens, c)) {
                    c.decide(EntityType.ORGANIZATION, c.confidence); // "the Golden State Warriors said"
                }
            }
        }
        candidates.removeIf(new UnlikelyNames(lexicon, tokens)::rejects);
        List<Group> persons = personGroups.group(candidates);
        Map<String, Group> groups = new HashMap<>();
        List<Group> ordered = new ArrayList<>(persons);
        for (Group g : persons) {
            groups.put(key(g.type, g.canonical), g);
        }
        List<Group> organisations = new ArrayList<>();
        CountriesInCourtCases parties = new CountriesInCourtCases(new CourtCases(lexicon, tokens, finder));
        TechnicalTerms technicalTerms = new TechnicalTerms(tokens);
        DefinedAcronymsOverKnown definedAcronyms = new DefinedAcronymsOverKnown(tokens);
        PlacesSpeakingAsFamilyNames speakingPlaces = new PlacesSpeakingAsFamilyNames(tokens, cues);
        for (Candidate c : candidates) {
            if (c.group != null) {
                continue;
            }
            if ((c.type == null || c.type == EntityType.PERSON || c.known != null && c.known.ambiguous()
                    || c.known == null && c.confidence <= 0.5 // a guess from a list neighbour yields to a person named before
                    || speakingPlaces.mayBePerson(c, persons)) // "said Lyons" after "Brian Lyons"
                    && c.length() <= 2 && !(c.type == null && singlePlaces.contains(c.surface)) && personGroups.join(c, persons)) {
                continue;
            }
            if ((c.type == null || c.type == EntityType.ORGANIZATION) && c.known == null && organisationJoins.join(c, organisations)
                    || cues.cityAsTeam(c) && organisationJoins.join(c, organisations)
                    || definedAcronyms.join(c, organisations)) { // "the Australian Broadcasting Corporation (ABC)"
                continue;
            }
            if (c.type == null) {
                decideFromContext(c, groups, votes);
            }
            if (c.known != null && c.known.ambiguous() && c.type == EntityType.LOCATION) {
                cues.ambiguousPlace(c);
            } else if (c.known != null && c.type == EntityType.LOCATION && (cues.actsAsGovernment(c) || cues.cityAsTeam(c) || parties.isParty(c))) {
                c.decide(EntityType.ORGANIZATION, 0.6); // "Russia said", "Beijing imposed": the government
            }
            if (c.type == null || technicalTerms.isTerm(c)) { // "the CoM" typed a place by its context
                continue;
            }
            String side = c.type == EntityType.LOCATION && c.length() == 1 ? union.sideNamed(c.from) : null;
            String canonical = side != null ? side : "Washington".equals(c.surface) && c.type == EntityType.ORGANIZATION ? "United States government"
                    : c.known != null && (c.type == c.known.type() || cues.governmentPlace(c)) ? c.known.canonical()
                    : c.surface;
            String key = key(c.type, canonical);
            Group g = groups.get(key);
            if (g != null && c.type == EntityType.PERSON && PersonTitles.conflict(c, g)) {
                key = key + "|" + PersonTitles.gender(c.role); // "Mrs. Claus" after "Mr. Claus": another person
                g = groups.get(key);
                canonical = PersonTitles.titled(c); // an id of its own: "person:mrs-claus"
            }
            Group initialled = g == null && c.type == EntityType.PERSON ? PersonTitles.initialled(c, ordered) : null;
            if (initialled != null) {
                PersonTitles.joinInitial(c, initialled); // "Mrs. P" after "Mrs. Phillips"
                continue;
            }
            if (g == null && c.known == null) {
                g = InitialledLeadingWords.find(c, ordered); // "GW Bridge" after "George Washington Bridge"
            }
            if (g == null) {
                g = new Group(c.type, canonical, c.known != null || !canonical.equals(c.surface));
                groups.put(key, g);
                ordered.add(g);
                if (c.type == EntityType.ORGANIZATION) {
                    organisations.add(g);
                }
            }
            g.add(c);
            organisationJoins.noteWords(c, g);
        }
        organisationJoins.joinWordsBeforeTheName(ordered);
        new DemonymOrganisationNames(lexicon, tokens).join(ordered);
        new PlacePrefixedOrganisations(lexicon, tokens).join(ordered);
        new AppositiveTitles(lexicon, tokens).join(ordered, byFirst, byLast);
        new CopularOffices(lexicon, tokens).join(ordered, byLast);
        new TitlesAloneToHolders(lexicon, tokens).join(ordered);
        new TitleWordsAsFamilyNames(lexicon, tokens).join(ordered);
        new OfficesBesideNames(tokens, cues).join(ordered, byFirst, byLast);
        ordered.removeIf(g -> g.members.isEmpty());
        return ordered;
    }

    private void decideLocally(Candidate c) {
        if (c.known != null) {
            if (c.known.type() == null) {
                return;
            }
            if (c.known.kind() == Known.Kind.DEMONYM) {
                c.decide(c.known.type(), 0.5); // "Americans"
                return;
            }
            if (!c.known.ambiguous()) {
                c.decide(c.known.type(), 0.9);
                return;
            }
            if (c.personCue) {
                c.decide(EntityType.PERSON, 0.8);
                return;
            }
            c.decide(c.known.type(), 0.6);
            return;
        }
        if (c.personCue) {
            c.decide(EntityType.PERSON, c.roleAlone ? 0.5 : 0.85);
            return;
        }
        if (cues.universityState(c)) {
            c.decide(EntityType.ORGANIZATION, 0.6); // "Penn State", "Ohio State"
            return;
        }
        EntityType fromWords = finder.typeFromWords(c);
        if (fromWords != null) {
            c.decide(fromWords, fromWords == EntityType.LOCATION ? 0.75 : 0.8);
            return;
        }
        if (cues.organisationWordBeforeFor(c)) {
            c.decide(EntityType.ORGANIZATION, 0.8);
            return;
        }
        if (union.namesCountry(c)) {
            c.decide(EntityType.LOCATION, 0.6); // "the Union" against the Confederacy
            return;
        }
        if (finder.isOrganisationWordAfterThe(c)) {
            c.decide(EntityType.ORGANIZATION, 0.6);
            return;
        }
        if (cues.followedByPlace(c)) {
            c.decide(EntityType.LOCATION, 0.75);
        }
    }

    /**
     * The same name decided elsewhere in the text, else the words around it; a word written like a
     * brand ("LibriVox") or an organisation word alone ("Court's allocated") that the words around call a
     * person is an organisation.
     */
    private void decideFromContext(Candidate c, Map<String, Group> groups, Map<String, int[]> votes) {
        decideFromWordsAround(c, groups, votes);
        if (c.type == EntityType.PERSON && c.length() == 1 && (Cues.brandShape(tokens.get(c.from))
                || lexicon.isOrgSuffix(tokens.get(c.from).text) && !lexicon.isFirstName(tokens.get(c.from).text))) { // "LibriVox", "Court's"
            c.decide(EntityType.ORGANIZATION, c.confidence);
        }
    }

    private void decideFromWordsAround(Candidate c, Map<String, Group> groups, Map<String, int[]> votes) {
        if (placeOffice(c)) {
            c.decide(EntityType.LOCATION, 0.5); // "Tarnvik Mayor Ann Lee": the town, not a company
            return;
        }
        String key = Names.key(c.surface);
        int[] vote = votes.get(key);
        if (vote != null && vote[ContextVotes.ORGANISATION] > Math.max(vote[ContextVotes.PERSON], vote[ContextVotes.PLACE])) {
            c.decide(EntityType.ORGANIZATION, 0.55); // "the publishing giant Elsevier", "Hilton's market capitalization"
            return;
        }
        if (vote != null && vote[ContextVotes.PERSON] != vote[ContextVotes.PLACE] && !finder.isFirstName(c)) {
            // the words around all mentions of an undecided name: "Galois said", "in Galois" is outvoted
            c.decide(vote[ContextVotes.PERSON] > vote[ContextVotes.PLACE] ? EntityType.PERSON : EntityType.LOCATION, 0.55);
            return;
        }
        for (EntityType type : new EntityType[] {EntityType.PERSON, EntityType.ORGANIZATION, EntityType.LOCATION}) {
            if (groups.containsKey(type.name() + "|" + key)) {
                c.decide(type, 0.7);
                return;
            }
        }
        Token next = c.to < tokens.size() ? tokens.get(c.to) : null;
        boolean speaks = next != null && next.shape == Token.Shape.LOWER && Cues.SPEECH.contains(next.text) || cues.accordingTo(c);
        boolean acronym = c.length() == 1 && NameWords.isAcronym(tokens.get(c.from));
        if (acronym) {
            if (speaks) {
                c.decide(EntityType.ORGANIZATION, 0.55);
            }
        } else if (c.length() >= 2 && singlePlaces.contains(tokens.get(c.to - 1).text) && !finder.isFirstName(c)) {
            return; // "Progressive Mérida had" where "Mérida is a city": no person
        } else if (speaks && !(c.length() == 1 && cues.afterThe(c))) {
            c.decide(EntityType.PERSON, 0.6);
        } else if (!finder.nameLike(c)) {
            return;
        } else if (finder.isFirstName(c)) {
            c.decide(EntityType.PERSON, 0.6);
        } else if (typeInList(c) != null) {
            c.decide(typeInList(c), 0.5); // "Tulsa, Jenks and Sapulpa": the type of the names it is listed with
        } else if (cues.placeCue(c) && !(next != null && next.shape == Token.Shape.POSSESSIVE)) { // not "In Marrow & Teague's study"
            c.decide(EntityType.LOCATION, 0.5);
        } else if (finder.isRecordedGivenName(c)) {
            c.decide(EntityType.PERSON, 0.55); // "Elisha" alone: a person unless listed with places or after "in"
        } else if (c.beforeRole) {
            c.decide(EntityType.ORGANIZATION, 0.5);
        } else if (c.length() >= 2 && c.length() <= 4 && !cues.afterThe(c) && !cues.startsWithGerund(c) && personEvidence(c)) { // "the Red Sox" is no person
            c.decide(EntityType.PERSON, 0.55);
        } else if (c.length() == 1 && singleUnknownAsPerson) {
            c.decide(EntityType.PERSON, 0.4);
        }
    }

    /** "Tarnvik Mayor Ann Lee", "Tarnby police chief Ann Lee": a name before the office of a place ({@link PlaceOffices}) */
    private boolean placeOffice(Candidate c) {
        return (c.beforeRole && PlaceOffices.at(tokens, c.to) || PlaceOffices.lowerAt(tokens, c.to)) && !finder.isFirstName(c);
    }

    /**
     * @return the type of a decided name next to this one in a list ("A, B and C", "A or B"), the
     *         one before it first; or {@code null}
     */
    private EntityType typeInList(Candidate c) {
        int k = c.from - 1;
        if (k >= 1 && Cues.isListWord(tokens.get(k))) {
            k -= k >= 2 && tokens.get(k - 1).isPunct(',') && !tokens.get(k).isPunct(',') ? 2 : 1; // "A, and B"
            Candidate before = byLast.get(k);
            if (before != null && before.type != null && before.type != EntityType.DATE && !before.roleAlone) {
                return before.type;
            }
        }
        k = c.to;
        if (k + 1 < tokens.size() && Cues.isListWord(tokens.get(k))) {
            k += k + 2 < tokens.size() && tokens.get(k).isPunct(',') && Cues.isListWord(tokens.get(k + 1)) ? 2 : 1;
            Candidate after = byFirst.get(k);
            if (after != null && after.type != null && !after.roleAlone) {
                return after.type;
            }
        }
        return null;
    }

    /**
     * Evidence that an unknown run of capitalised words is a person: its last or first word is
     * written alone elsewhere in the text ("Holt" after "Brock Wyatt Holt"), or a possessive
     * follows it.
     */
    private boolean personEvidence(Candidate c) {
        Token next = c.to < tokens.size() ? tokens.get(c.to) : null;
        return aloneNotPlace(tokens.get(c.to - 1).text) || cues.hasParticle(c) || aloneNotPlace(tokens.get(c.from).text)
                || next != null && next.shape == Token.Shape.POSSESSIVE
                || c.from > 0 && Cues.PERSON_BEFORE.contains(tokens.get(c.from - 1).text.toLowerCase(Locale.ROOT));
    }

    /** "Holt" written alone elsewhere, but not "Mérida" that is a place there ("Progressive Mérida" is no person). */
    private boolean aloneNotPlace(String word) {
        return singleNames.contains(word) && !singlePlaces.contains(word);
    }

    static String key(EntityType type, String canonical) {
        return type.name() + "|" + (type == EntityType.PERSON ? Names.personKey(canonical)
                : type == EntityType.LOCATION ? Names.placeKey(canonical) : Names.key(canonical));
    }
}
