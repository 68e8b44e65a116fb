package org.gazette.enrich.entities.impl;

import static org.gazette.api.model.EntityType.DATE;
import static org.gazette.api.model.EntityType.LOCATION;
import static org.gazette.api.model.EntityType.MONEY;
import static org.gazette.api.model.EntityType.ORGANIZATION;
import static org.gazette.api.model.EntityType.PERCENT;
import static org.gazette.api.model.EntityType.PERSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gazette.api.model.Entity;
import org.junit.jupiter.api.Test;

class EntityTaggerTest {

    @Test
    void kimJongUnInEveryFormIsOnePerson() {
        Tagged t = new Tagged("North Korean leader Kim Jong-un arrived on Wednesday. Kim Jong Un met officials, "
                + "and Kim Jong-Un later spoke. Kim said little.", "2019-04-25");
        t.assertMention("Kim Jong-un", 0, PERSON, "person:kim-jong-un");
        t.assertMention("Kim Jong Un", 0, PERSON, "person:kim-jong-un");
        t.assertMention("Kim Jong-Un", 0, PERSON, "person:kim-jong-un");
        t.assertMention("Kim", 3, PERSON, "person:kim-jong-un");
        assertFalse(t.tagged("North Korean", 0), "a demonym is no mention");
        Entity kim = t.entity("person:kim-jong-un");
        assertEquals("Kim Jong Un", kim.name);
        assertTrue(kim.aliases.contains("Kim Jong-un") && kim.aliases.contains("Kim"), kim.aliases.toString());
        assertEquals(20, t.mention("Kim Jong-un").start);
        assertEquals(31, t.mention("Kim Jong-un").end);
    }

    @Test
    void unitedStatesVariantsAndDprkAndStateDepartment() {
        Tagged t = new Tagged("The U.S. and the United States are one country; America and the US too. "
                + "The DPRK is North Korea. The State Department, also called the US Department of State, spoke.", null);
        for (String us : new String[] {"U.S.", "United States", "America", "US"}) {
            t.assertMention(us, 0, LOCATION, "location:united-states");
        }
        t.assertMention("DPRK", 0, LOCATION, "location:north-korea");
        t.assertMention("North Korea", 0, LOCATION, "location:north-korea");
        t.assertMention("State Department", 0, ORGANIZATION, "organization:us-department-of-state");
        t.assertMention("US Department of State", 0, ORGANIZATION, "organization:us-department-of-state");
    }

    @Test
    void titlesAreInTheMentionNotTheNameAndSurnameJoinsFullName() {
        Tagged t = new Tagged("Russian President Vladimir Putin met spokesperson Jane Doe in Moscow. "
                + "Later Putin's aides and Ms. Doe's lawyer left. Dr. Anna Reyes said Putin was late.", null);
        t.assertMention("President Vladimir Putin", 0, PERSON, "person:vladimir-putin"); // the title in the span, not the name
        t.assertMention("Putin", 1, PERSON, "person:vladimir-putin");
        t.assertMention("Putin", 2, PERSON, "person:vladimir-putin");
        t.assertMention("Jane Doe", 0, PERSON, "person:jane-doe");
        t.assertMention("Dr. Anna Reyes", 0, PERSON, "person:anna-reyes");
        t.assertMention("Ms. Doe", 0, PERSON, "person:jane-doe"); // "Mr. Doe" is not Jane Doe (GivenNameSex)
        t.assertMention("Moscow", 0, LOCATION, "location:moscow");
        assertFalse(t.tagged("Russian", 0)); // the demonym is not part of the mention
        assertEquals("Vladimir Putin", t.entity("person:vladimir-putin").name);
    }

    @Test
    void washingtonAsCityStateGovernmentAndPerson() {
        Tagged t = new Tagged("Officials met in Washington on Monday. Washington said the talks failed. "
                + "Farmers in Washington state harvested apples. George Washington crossed the river.", "2024-05-14");
        t.assertMention("Washington", 0, LOCATION, "location:washington");
        t.assertMention("Washington", 1, ORGANIZATION, "organization:united-states-government");
        t.assertMention("Washington state", 0, LOCATION, "location:washington-state");
        t.assertMention("George Washington", 0, PERSON, "person:george-washington");
    }

    @Test
    void jordanAsCountryAndPerson() {
        Tagged t = new Tagged("King Abdullah rules Jordan. Michael Jordan played basketball. Jordan scored 30 points "
                + "before he flew to Jordan.", null);
        t.assertMention("Jordan", 0, LOCATION, "location:jordan");
        t.assertMention("Michael Jordan", 0, PERSON, "person:michael-jordan");
        t.assertMention("Jordan", 2, PERSON, "person:michael-jordan");
        t.assertMention("Jordan", 3, LOCATION, "location:jordan");
    }

    @Test
    void sentenceInitialCapitalsAreNotNames() {
        Tagged t = new Tagged("Both leaders met in Paris. However, talks stalled. Kim arrived late. "
                + "Leaders rarely agree, and both know it. Kim Yo-jong, his sister, waited.", null);
        assertFalse(t.tagged("Both", 0));
        assertFalse(t.tagged("However", 0));
        assertFalse(t.tagged("Leaders", 0));
        t.assertMention("Paris", 0, LOCATION, "location:paris");
        t.assertMention("Kim Yo-jong", 0, PERSON, "person:kim-yo-jong");
        t.assertMention("Kim", 0, PERSON, "person:kim-yo-jong");
    }

    @Test
    void allCapsHeadlineMatchesNamesOfTheBody() {
        Tagged t = new Tagged("PUTIN AND MACRON MEET IN PARIS AS UKRAINE TALKS RESUME\n\n"
                + "Vladimir Putin met Emmanuel Macron in Paris on Tuesday to discuss Ukraine.", "2024-05-16");
        t.assertMention("PUTIN", 0, PERSON, "person:vladimir-putin");
        t.assertMention("MACRON", 0, PERSON, "person:emmanuel-macron");
        t.assertMention("PARIS", 0, LOCATION, "location:paris");
        t.assertMention("UKRAINE", 0, LOCATION, "location:ukraine");
        assertFalse(t.tagged("MEET", 0));
        assertFalse(t.tagged("TALKS", 0));
        assertEquals("2024-05-14", t.mention("Tuesday").value);
    }

    @Test
    void titleCaseHeadlineIsNotOneLongName() {
        Tagged t = new Tagged("Kim Meets Trump In Singapore Summit Talks\n\nKim Jong Un and Donald Trump met in Singapore.", null);
        assertFalse(t.tagged("Meets", 0));
        t.assertMention("Kim", 0, PERSON, "person:kim-jong-un");
        t.assertMention("Trump", 0, PERSON, "person:donald-trump");
        t.assertMention("Singapore", 0, LOCATION, "location:singapore");
    }

    @Test
    void possessivesStayOutOfTheMention() {
        Tagged t = new Tagged("Vladimir Putin spoke. Putin’s allies and Merkel's critics read the Joneses' letter. "
                + "Angela Merkel replied.", null);
        t.assertMention("Putin", 1, PERSON, "person:vladimir-putin");
        assertEquals("Putin", t.mention("Putin", 1).text);
        t.assertMention("Merkel", 0, PERSON, "person:angela-merkel");
    }

    @Test
    void namesWithParticles() {
        Tagged t = new Tagged("The painter Rogier van der Weyden influenced Ludwig van Beethoven, not Osama bin Laden. "
                + "Charles de Gaulle and Ursula von der Leyen spoke. Later von der Leyen left.", null);
        t.assertMention("Rogier van der Weyden", 0, PERSON, "person:rogier-van-der-weyden");
        t.assertMention("Ludwig van Beethoven", 0, PERSON, "person:ludwig-van-beethoven");
        t.assertMention("Osama bin Laden", 0, PERSON, "person:osama-bin-laden");
        t.assertMention("Charles de Gaulle", 0, PERSON, "person:charles-de-gaulle");
        t.assertMention("Ursula von der Leyen", 0, PERSON, "person:ursula-von-der-leyen");
    }

    @Test
    void organisationsByWordsAndAcronyms() {
        Tagged t = new Tagged("Shares of Acme Holdings rose after the University of Michigan and the Bank of England "
                + "reported. Acme said the NATO summit helped.", null);
        t.assertMention("Acme Holdings", 0, ORGANIZATION, "organization:acme-holdings");
        t.assertMention("Acme", 1, ORGANIZATION, "organization:acme-holdings");
        t.assertMention("University of Michigan", 0, ORGANIZATION, "organization:university-of-michigan");
        t.assertMention("Bank of England", 0, ORGANIZATION, "organization:bank-of-england");
        t.assertMention("NATO", 0, ORGANIZATION, "organization:north-atlantic-treaty-organization");
    }

    @Test
    void nestedPlaceInsideAnOrganisation() {
        Tagged t = new Tagged("She studied at the University of Michigan.", null);
        assertTrue(t.tagging.mentions().stream().anyMatch(m -> m.type == LOCATION && "Michigan".equals(m.text)),
                t.describe());
    }

    @Test
    void citiesFollowedByStates() {
        Tagged t = new Tagged("He grew up in Coffeyville, KS, and moved to Tulsa, Oklahoma.", null);
        t.assertMention("Coffeyville", 0, LOCATION, null);
        t.assertMention("Tulsa", 0, LOCATION, "location:tulsa");
        t.assertMention("Oklahoma", 0, LOCATION, "location:oklahoma");
    }

    @Test
    void moneyAndPercent() {
        Tagged t = new Tagged("Profits rose 5% to $5.2 million, or 12.5 percent, and €300 went to 40 million euros.", null);
        t.assertMention("5%", 0, PERCENT, null);
        assertEquals("5", t.mention("5%").value);
        t.assertMention("$5.2 million", 0, MONEY, null);
        assertEquals("USD 5200000", t.mention("$5.2 million").value);
        assertEquals("12.5", t.mention("12.5 percent").value);
        assertEquals("EUR 300", t.mention("€300").value);
        assertEquals("EUR 40000000", t.mention("40 million euros").value);
    }

    @Test
    void mentionsAreOrderedAndEntitiesReferenced() {
        Tagged t = new Tagged("Angela Merkel visited Paris and Berlin in 2019 with the United Nations.", null);
        int last = -1;
        for (var m : t.tagging.mentions()) {
            assertTrue(m.start >= last);
            last = m.start;
            assertTrue(m.confidence > 0 && m.confidence <= 1);
            if (m.type != DATE) {
                String id = m.entityId;
                assertTrue(t.tagging.entities().stream().anyMatch(e -> e.id.equals(id)), id);
            }
        }
    }

    @Test
    void contractionsOfIAreNoNames() {
        Tagged t = new Tagged("Honestly I've never liked it. I'm sure I'd say so, and I'll say it again.", null);
        for (String word : new String[] {"I've", "I'm", "I'd", "I'll"}) {
            assertFalse(t.tagged(word, 0), word + ": " + t.describe());
        }
    }

    @Test
    void aLoneNameTakesTheTypeMostOfItsContextsGive() {
        Tagged t = new Tagged("The report went to Quenby in the spring. Quenby said it was late. "
                + "Weeks later Quenby told the board the same, and the draft came back from Quenby.", null);
        for (int n = 0; n < 4; n++) {
            t.assertMention("Quenby", n, PERSON, "person:quenby");
        }
        Tagged place = new Tagged("Ferries leave for Tavrosk at noon. In Tavrosk the market opens early, "
                + "and buses run from Tavrosk to the coast.", null);
        place.assertMention("Tavrosk", 1, LOCATION, "location:tavrosk");
        place.assertMention("Tavrosk", 2, LOCATION, "location:tavrosk");
    }

    @Test
    void aRunAfterTheIsNoPerson() {
        Tagged t = new Tagged("Fans of the Harbor Gulls cheered when the Copper Lantern opened its doors.", null);
        for (String name : new String[] {"Harbor Gulls", "Copper Lantern"}) {
            assertFalse(t.tagging.mentions().stream().anyMatch(m -> m.text.equals(name) && m.type == PERSON),
                    name + ": " + t.describe());
        }
    }

    @Test
    void aPlaceHeadMakesAnUnknownNameAPlaceEvenBeforeAVerbOfSaying() {
        Tagged t = new Tagged("Residents of Port Aldwin said the ferry was late. Port Aldwin has 4,000 people, "
                + "and the Port Aldwin Harbour Authority said it would investigate.", null);
        t.assertMention("Port Aldwin", 0, LOCATION, "location:port-aldwin");
        t.assertMention("Port Aldwin", 1, LOCATION, "location:port-aldwin");
    }

    @Test
    void compassWordAndKnownPlaceAreOnePlace() {
        Tagged t = new Tagged("Rents rose in West Oakland while prices fell in Oakland itself.", null);
        t.assertMention("West Oakland", 0, LOCATION, "location:west-oakland");
        t.assertMention("Oakland", 1, LOCATION, "location:oakland");
    }

    @Test
    void aTitleAloneIsThePersonLastNamedWithIt() {
        Tagged t = new Tagged("President Mara Okafor opened the summit on Monday. Delegates applauded, and the "
                + "President said the talks would go on. The President left on Tuesday.", null);
        t.assertMention("President Mara Okafor", 0, PERSON, "person:mara-okafor");
        t.assertMention("President", 1, PERSON, "person:mara-okafor");
        t.assertMention("President", 2, PERSON, "person:mara-okafor");
    }

    @Test
    void anAddressedTitleIsAPerson() {
        Tagged t = new Tagged("Thank you, Mr. President. Madam Speaker, I rise to speak.", null);
        t.assertMention("Mr. President", 0, PERSON, null);
        t.assertMention("Madam Speaker", 0, PERSON, null);
    }

    @Test
    void aNameInAListTakesTheTypeOfTheNamesBesideIt() {
        Tagged t = new Tagged("Buses serve Tulsa, Quarrow, Brennick and Lyon every hour.", null);
        t.assertMention("Quarrow", 0, LOCATION, "location:quarrow");
        t.assertMention("Brennick", 0, LOCATION, "location:brennick");
    }

    @Test
    void aSurnameJoinsAFullNameFoundOnlyByContext() {
        Tagged t = new Tagged("Brock Wyatt Holt joined the club in May. Holt said he was happy.", null);
        t.assertMention("Brock Wyatt Holt", 0, PERSON, "person:brock-wyatt-holt");
        t.assertMention("Holt", 1, PERSON, "person:brock-wyatt-holt");
    }

    @Test
    void aCountryOrCapitalThatActsIsItsGovernment() {
        Tagged t = new Tagged("Quarrelia Airways flew to Russia in May. Russia denied the report, and Beijing "
                + "condemned it. Tourists in China said little. Canada is a large country.", null);
        t.assertMention("Russia", 0, LOCATION, "location:russia");
        t.assertMention("Russia", 1, ORGANIZATION, "organization:russia");
        t.assertMention("Beijing", 0, ORGANIZATION, "organization:beijing");
        t.assertMention("China", 0, LOCATION, "location:china");
        t.assertMention("Canada", 0, LOCATION, "location:canada");
    }

    @Test
    void aDemonymBeforeAnOrganisationWordIsPartOfTheOrganisation() {
        Tagged t = new Tagged("The Albanian Government met the Russian Foreign Ministry, while Russian troops waited.", null);
        t.assertMention("Albanian Government", 0, ORGANIZATION, "organization:albanian-government");
        t.assertMention("Russian Foreign Ministry", 0, ORGANIZATION, "organization:russian-foreign-ministry");
        assertFalse(t.tagged("Russian", 1));
    }

    @Test
    void aCityBeforeATeamOrNewspaperWordIsAnOrganisation() {
        Tagged t = new Tagged("The Boston Globe reported that the Miami Heat beat the Chicago Bulls in Miami.", null);
        t.assertMention("Boston Globe", 0, ORGANIZATION, "organization:boston-globe");
        t.assertMention("Miami Heat", 0, ORGANIZATION, "organization:miami-heat");
        t.assertMention("Chicago Bulls", 0, ORGANIZATION, "organization:chicago-bulls");
        t.assertMention("Miami", 1, LOCATION, "location:miami");
    }

    @Test
    void anUnknownRunIsAPersonOnlyWithEvidence() {
        Tagged t = new Tagged("Quorvel Brandish spoke first. Then Brandish left. Velmoor Tarquin topped the "
                + "agenda, and a song by Ostrava Linden played. Crowds cheered Velko bin Tamsar.", null);
        t.assertMention("Quorvel Brandish", 0, PERSON, "person:quorvel-brandish"); // "Brandish" alone later
        t.assertMention("Brandish", 1, PERSON, "person:quorvel-brandish");
        assertFalse(t.tagged("Velmoor Tarquin", 0)); // no evidence: not guessed
        t.assertMention("Velko bin Tamsar", 0, PERSON, "person:velko-bin-tamsar"); // a name particle
    }

    @Test
    void anOfficeOfAPlaceIsAPersonWithTheNestedPlace() {
        Tagged t = new Tagged("Talks with the Governor of Virginia went well. Ann Veldt, President of Acme Holdings, "
                + "said so. Ann Veldt, Mr. Speaker, was thanked. Vice President Ford spoke.", null);
        t.assertMention("Governor of Virginia", 0, PERSON, "person:governor-of-virginia");
        t.assertMention("Virginia", 0, LOCATION, "location:virginia"); // nested in the office
        t.assertMention("President of Acme Holdings", 0, PERSON, "person:ann-veldt"); // beside the name: that person
        assertNotEquals(t.mention("Ann Veldt", 1).entityId, t.mention("Mr. Speaker", 0).entityId); // an address, no office
        t.assertMention("Vice President Ford", 0, PERSON, "person:ford"); // not the carmaker after a title
    }

    @Test
    void aPlaceWordStartsAPlaceAtTheStartOfASentence() {
        Tagged t = new Tagged("Fort Lee is a town. The fort was old. Lake Tahoe froze, and the lake was quiet.", null);
        t.assertMention("Fort Lee", 0, LOCATION, "location:fort-lee");
        t.assertMention("Lake Tahoe", 0, LOCATION, "location:lake-tahoe");
    }

    @Test
    void aPlaceAtTheStartOfAKnownOrganisationIsNested() {
        Tagged t = new Tagged("A vote in the U.S. Senate was close.", null);
        t.assertMention("U.S. Senate", 0, ORGANIZATION, "organization:us-senate");
        t.assertMention("U.S.", 0, LOCATION, "location:united-states");
    }

    @Test
    void anOrganisationWordAloneJoinsTheOrganisation() {
        Tagged t = new Tagged("The Grelling Press printed it, and the Press was sold. The House of Representatives "
                + "met the White House, and the House adjourned.", null);
        t.assertMention("Press", 1, ORGANIZATION, "organization:grelling-press");
        t.assertMention("House", 2, ORGANIZATION, "organization:us-house-of-representatives"); // not the White House
    }

    @Test
    void anAbbreviatedStreetIsTheSameStreet() {
        Tagged t = new Tagged("Shops line Brennick Street. Parking on Brennick St. is free.", null);
        t.assertMention("Brennick Street", 0, LOCATION, "location:brennick-street");
        t.assertMention("Brennick St.", 0, LOCATION, "location:brennick-street");
    }

    @Test
    void aShortGivenNameIsTheSamePersonAsTheFullOne() {
        Tagged t = new Tagged("Steven Marlow opened the shop. Customers liked Steve Marlow, and Steve said thanks.", null);
        t.assertMention("Steven Marlow", 0, PERSON, "person:steven-marlow");
        t.assertMention("Steve Marlow", 0, PERSON, "person:steven-marlow");
        t.assertMention("Steve", 2, PERSON, "person:steven-marlow"); // 0 is in "Steven"
    }

    @Test
    void organisationWordsBeforeOfAndInOtherLanguages() {
        Tagged t = new Tagged("The Quarrow Court of Appeal ruled. She studied at the Universidad Nacional de Quarrow "
                + "and at St. Brendel University.", null);
        t.assertMention("Quarrow Court of Appeal", 0, ORGANIZATION, "organization:quarrow-court-of-appeal");
        t.assertMention("Universidad Nacional de Quarrow", 0, ORGANIZATION, "organization:universidad-nacional-de-quarrow");
        t.assertMention("St. Brendel University", 0, ORGANIZATION, "organization:st-brendel-university");
    }

    @Test
    void noPersonsFromNumbersPronounsOrInitialsAlone() {
        Tagged t = new Tagged("Is it broken? No. Keys are fine. Wow I thought so. The initials \"L. D.\" were carved.", null);
        assertFalse(t.tagged("No.", 0));
        assertFalse(t.tagged("I thought", 0));
        assertFalse(t.tagged("L. D.", 0));
    }

    @Test
    void aPlaceInCapitalsOpeningALineIsADateline() {
        Tagged t = new Tagged("LONDON (Gazette Wire) - Ministers met.\nNEW YORK — Markets rose.", null);
        t.assertMention("LONDON", 0, LOCATION, "location:london");
        t.assertMention("NEW YORK", 0, LOCATION, "location:new-york-city");
    }

    @Test
    void aPersonNamedAfterAnOfficeIsThatPerson() {
        Tagged t = new Tagged("Secretary of Defense Lloyd Brennick met Secretary of State Mara Quell. "
                + "Later Brennick and Quell flew home.", null);
        t.assertMention("Secretary of Defense Lloyd Brennick", 0, PERSON, "person:lloyd-brennick");
        t.assertMention("Secretary of State Mara Quell", 0, PERSON, "person:mara-quell");
        t.assertMention("Brennick", 1, PERSON, "person:lloyd-brennick");
        t.assertMention("Quell", 1, PERSON, "person:mara-quell"); // not a place from its list neighbour
    }
}
