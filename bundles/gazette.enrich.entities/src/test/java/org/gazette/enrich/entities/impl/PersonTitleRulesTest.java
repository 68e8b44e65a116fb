package org.gazette.enrich.entities.impl;

import static org.gazette.api.model.EntityType.PERSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** Titles before a person's name when grouping mentions, on texts written for these tests. */
class PersonTitleRulesTest {

    @Test
    void titlesOfDifferentGenderKeepASurnamesPersonsApart() {
        Tagged t = new Tagged("Mr. Pellingham opened the bakery in 1990. Mrs. Pellingham ran the shop next door. "
                + "Later Mrs. Pellingham sold it, and Mr. Pellingham retired.", null);
        t.assertMention("Mr. Pellingham", 0, PERSON, "person:pellingham");
        t.assertMention("Mrs. Pellingham", 0, PERSON, "person:mrs-pellingham");
        t.assertMention("Mrs. Pellingham", 1, PERSON, "person:mrs-pellingham");
        t.assertMention("Mr. Pellingham", 1, PERSON, "person:pellingham");
    }

    @Test
    void aTitledSurnameDoesNotJoinAFullNameNamedWithTheOtherGendersTitle() {
        Tagged t = new Tagged("Mr. Anton Pellingham opened the bakery in 1990. Mrs. Pellingham ran the shop next door.", null);
        t.assertMention("Mr. Anton Pellingham", 0, PERSON, "person:anton-pellingham");
        assertNotEquals("person:anton-pellingham", t.mention("Mrs. Pellingham").entityId, t.describe());
        Tagged same = new Tagged("Mr. Anton Pellingham opened the bakery in 1990. Mr. Pellingham still runs it.", null);
        same.assertMention("Mr. Pellingham", 0, PERSON, "person:anton-pellingham");
    }

    @Test
    void aSurnameWrittenAsItsInitialAfterATitleIsThePersonNamedWithThatTitle() {
        Tagged t = new Tagged("Dear Sir, Mrs. Pellingham wrote to us in May. We told Mrs. P that the lease ends in June.", null);
        t.assertMention("Mrs. Pellingham", 0, PERSON, "person:pellingham");
        t.assertMention("Mrs. P", 1, PERSON, "person:pellingham");
    }

    @Test
    void anHonorificBeforeASurnameJoinsTheFullName() {
        Tagged t = new Tagged("Ravindra Kelkarji was born in 1869. Years later Mahatma Kelkarji led the march to the sea.", null);
        t.assertMention("Mahatma Kelkarji", 0, PERSON, "person:ravindra-kelkarji");
    }

    @Test
    void aFullNameFollowedByCommonWordsIsThePersonNamedAlone() {
        Tagged t = new Tagged("Senators debated the Tobias Wrenfield Justice in Policing Act on Monday. "
                + "Tobias Wrenfield died in May, and justice for Tobias Wrenfield was the theme of the day.", null);
        assertEquals("person:tobias-wrenfield", t.mention("Tobias Wrenfield", 1).entityId, t.describe());
        assertEquals("person:tobias-wrenfield", t.mention("Tobias Wrenfield", 2).entityId, t.describe());
        assertEquals("person:tobias-wrenfield", t.tagging.mentions().stream().filter(m -> m.text.startsWith("Tobias Wrenfield"))
                .findFirst().orElseThrow().entityId, t.describe());
    }

    @Test
    void aDoctorAndAMisterOfOneSurnameAreTwoPeople() {
        Tagged t = new Tagged("Doctor Pellingham wrote a book about babies. Mister Pellingham flew a starship. "
                + "Doctor Pellingham never met him.", null);
        t.assertMention("Doctor Pellingham", 0, PERSON, "person:pellingham");
        t.assertMention("Mister Pellingham", 0, PERSON, "person:mister-pellingham");
        t.assertMention("Doctor Pellingham", 1, PERSON, "person:pellingham");
        Tagged same = new Tagged("Professor Ilse Pellingham wrote a book about babies. Dr. Pellingham lives in Oslo.", null);
        same.assertMention("Dr. Pellingham", 0, PERSON, "person:ilse-pellingham");
    }

    @Test
    void aTitleThatIsAGivenNameWithoutAWordBeforeItIsSomeoneOfThatName() {
        Tagged t = new Tagged("Dean Pellingham taught law at the college for years. In May, Dean left for Oslo.", null);
        assertNotEquals("person:pellingham", t.mention("Dean", 1).entityId, t.describe());
        Tagged title = new Tagged("Dean Pellingham taught law at the college. The Dean left for Oslo in May.", null);
        assertEquals(title.mention("Dean Pellingham").entityId, title.mention("Dean", 1).entityId, title.describe());
    }
}
