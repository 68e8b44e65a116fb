package org.gazette.enrich.entities.impl;

import static org.gazette.api.model.EntityType.LOCATION;
import static org.gazette.api.model.EntityType.ORGANIZATION;
import static org.gazette.api.model.EntityType.PERSON;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/** How the resolver types names from the words around them, on texts written for these tests. */
class TypeCuesTest {

    @Test
    void aMuseumTheatreOrGalleryIsAPlace() {
        Tagged t = new Tagged("We spent the morning at the Harlow Museum and saw a play at the Brindle Theatre that night.", null);
        t.assertMention("Harlow Museum", 0, LOCATION, "location:harlow-museum");
        t.assertMention("Brindle Theatre", 0, LOCATION, "location:brindle-theatre");
        Tagged u = new Tagged("Our team stayed two nights at the Morrow Hotel before the match.", null);
        u.assertMention("Morrow Hotel", 0, LOCATION, "location:morrow-hotel");
    }

    @Test
    void aKnownPlaceAloneDoesNotJoinAnOfficeNamedAfterIt() {
        Tagged t = new Tagged("The Governor of Virginia spoke at noon. Later that week the storms reached Virginia.", null);
        t.assertMention("Virginia", 1, LOCATION, "location:virginia");
    }

    @Test
    void aNounOfCompaniesOrAPossessionOfCompaniesMakesAnOrganisation() {
        Tagged t = new Tagged("Tomas Brell worked for years with the publishing giant Zellix. Zellix's shares fell in March. "
                + "Critics wrote about Zellix's methods.", null);
        t.assertMention("Zellix", 0, ORGANIZATION, "organization:zellix");
        t.assertMention("Zellix", 2, ORGANIZATION, "organization:zellix"); // a possessive alone no longer makes a person
    }

    @Test
    void atANameThatHiresIsAtAnOrganisation() {
        Tagged t = new Tagged("Ana Moreau is an editor at Quillon. She met Paul Serre at Quillon in 2019, "
                + "and Quillon hired him later.", null);
        t.assertMention("Quillon", 0, ORGANIZATION, "organization:quillon");
        t.assertMention("Quillon", 1, ORGANIZATION, "organization:quillon"); // "at Quillon" is no place here
    }

    @Test
    void aPartnerOrOwnerMakesAnOrganisation() {
        Tagged t = new Tagged("Last spring the bakery partnered with Grainwell. Nils Ode is the owner of Tessaly.", null);
        t.assertMention("Grainwell", 0, ORGANIZATION, "organization:grainwell");
        t.assertMention("Tessaly", 0, ORGANIZATION, "organization:tessaly");
    }

    @Test
    void anOrganisationWordBeforeForMakesAnOrganisation() {
        Tagged t = new Tagged("The Association for Quiet Mathematics met in Lyon. Its members praised the work.", null);
        t.assertMention("Association for Quiet Mathematics", 0, ORGANIZATION, "organization:association-for-quiet-mathematics");
    }

    @Test
    void aNounOfPlacesBeforeOfOutvotesAPossessive() {
        Tagged t = new Tagged("Zembla's economy grew. The capital of Zembla is small, and the people of Zembla fish.", null);
        t.assertMention("Zembla", 0, LOCATION, "location:zembla");
    }

    @Test
    void aWordWrittenLikeABrandIsNoPerson() {
        Tagged t = new Tagged("Marta Kiel joined LibroNet in 2010. LibroNet said the catalogue had grown.", null);
        t.assertMention("LibroNet", 1, ORGANIZATION, "organization:libronet");
    }

    @Test
    void aNameAndStateAloneIsAUniversity() {
        Tagged t = new Tagged("Students at Quenby State protested. Quenby State has ten thousand students.", null);
        t.assertMention("Quenby State", 0, ORGANIZATION, "organization:quenby-state");
    }

    @Test
    void wordsOfTradesEndOrganisationNames() {
        Tagged t = new Tagged("Lena Voss founded Brightfield Gaming in 2004 and later sold Marrow Foods to a bank.", null);
        t.assertMention("Brightfield Gaming", 0, ORGANIZATION, "organization:brightfield-gaming");
        t.assertMention("Marrow Foods", 0, ORGANIZATION, "organization:marrow-foods");
    }

    @Test
    void aPlaceByItsOwnWordsVotesForItsOtherMentions() {
        Tagged t = new Tagged("Velmora\n\nVelmora is a small town near the coast. Velmora enjoyed good times in the 1800s.", null);
        t.assertMention("Velmora", 0, LOCATION, "location:velmora"); // the title before the town is named a town
        t.assertMention("Velmora", 2, LOCATION, "location:velmora");
    }

    @Test
    void aPlaceWrittenAloneIsNoEvidenceOfAPersonForANameEndingInIt() {
        Tagged t = new Tagged("Velmora is the capital of the province. Many tourists come to Velmora in summer. "
                + "Modern Velmora grew quickly after the war.", null);
        assertFalse(t.describe().contains(PERSON + "["), t.describe()); // "Velmora" alone is no surname of "Modern Velmora"
    }
}
