package org.gazette.enrich.entities.impl;

import java.util.List;
import java.util.Set;

/**
 * The passes that run once names are resolved into entities, in the order they must run: first
 * those that retype or join resolved groups (saints' places, club short names, a line in
 * capitals, acronyms and place nouns), then those that add names where nothing is tagged yet
 * ({@link AddedNames}: regions, roads, states, place words, cued persons and organisations...),
 * and last the nested names inside others ("Tulsa" in "Tulsa International Airport"). Each pass
 * is a class of its own with its rule and its reasons; this class only fixes their order.
 */
final class ResolvedNamePasses {

    private final Lexicon lexicon;
    private final List<Token> tokens;
    private final Set<String> lowerInText;
    private final boolean nestedPlaces;

    /**
     * @param lexicon the gazetteers
     * @param tokens the text's tokens
     * @param lowerInText the words the text writes in lower case somewhere
     * @param nestedPlaces whether names nested in other names are tagged too
     */
    ResolvedNamePasses(Lexicon lexicon, List<Token> tokens, Set<String> lowerInText, boolean nestedPlaces) {
        this.lexicon = lexicon;
        this.tokens = tokens;
        this.lowerInText = lowerInText;
        this.nestedPlaces = nestedPlaces;
    }

    /** @param groups the resolved entities, changed and extended in place */
    void run(List<Group> groups) {
        new SaintAndArticlePlaceNames(tokens).retype(groups);
        new SchoolsAfterStudyVerbs(tokens).retype(groups);
        new ClubShortNames(tokens).join(groups);
        new CaselessMatcher(lexicon, tokens, groups).match(groups);
        AcronymsBeforeTheirNames acronymsBefore = new AcronymsBeforeTheirNames(tokens);
        acronymsBefore.join(groups);
        PlaceNameWithoutItsNoun placeNames = new PlaceNameWithoutItsNoun(lexicon, tokens);
        placeNames.join(groups);
        new OrganisationNamePrefixes().join(groups);
        new PlaceAsItsTeam(lexicon, tokens).join(groups);
        new OrganisationOfCountryAndDemonym(lexicon, tokens).join(groups);
        new PartsOfPlaces(tokens).split(groups);
        new QuantifiedGroups(tokens).split(groups);
        new MembersOfOrganisationsInPlural(tokens).join(groups);
        new OfficesWrittenLowerBesideNames(tokens).join(groups);
        new PlaceFirstWordAlone(lexicon, tokens).join(groups);
        new PlaceSpellingVariants(lexicon).join(groups);
        AddedNames added = new AddedNames(tokens, groups);
        acronymsBefore.add(added);
        new RegionNouns(tokens).add(added);
        new RoadNumbers(tokens).add(added);
        new NumberedStreets(lexicon, tokens).add(added);
        new StatesAfterPlaces(lexicon, tokens).add(added);
        new PlaceAfterPlaceAndComma(lexicon, tokens).add(added);
        new PlaceWordAlone(lexicon, tokens).add(added);
        new PluralPlaceNames(lexicon, tokens, lowerInText).add(added);
        new PlacesJoinedByAnd(lexicon, tokens).add(added);
        new PlaceOnPlace(lexicon, tokens).add(added);
        new PeopleByAdjective(lexicon, tokens).add(added);
        new ThePublications(lexicon, tokens).add(added);
        new CuedOrganisations(lexicon, tokens, lowerInText).add(added);
        new CuedLoneNames(lexicon, tokens, lowerInText).add(added);
        new PersonsJoinedByAnd(lexicon, tokens, lowerInText).add(added);
        new InitialledNames(lexicon, tokens).add(added);
        new PlacesBeforeEventNames(lexicon, tokens).add(added);
        new NamesBeforePrizes(lexicon, tokens, lowerInText).add(added);
        placeNames.add(added); // last: "Times" is the newspaper that ThePublications adds, not "Times Square"
        new CompassWordAlone(tokens).join(groups); // after RegionNouns added "the North"
        new IslandGroupShortNames().join(groups); // after PluralPlaceNames added "the Quarrows"
        if (nestedPlaces) {
            new NestedPlaces(lexicon, tokens).add(groups);
            new PlacesInPlaceNames(lexicon, tokens).add(groups);
            new NestedOrganisations(lexicon, tokens).add(added);
            new KnownOrganisationsInNames(lexicon, tokens).add(added);
            new TownsInInstitutionNames(lexicon, tokens).add(added);
            new PlacesAfterOfInTitles(lexicon, tokens).add(added);
            new PlacesInJoinedPlaceNames(tokens).add(added);
            new DistrictInCityName(tokens).add(groups, added);
        }
        new TitlesOfWorks(lexicon, tokens).drop(groups); // last: titles of works are dropped whichever pass named them
        new LanguageNames(lexicon, tokens).drop(groups);
    }
}
