package org.gazette.enrich.entities.impl;

import static org.gazette.api.model.EntityType.LOCATION;
import static org.gazette.api.model.EntityType.PERSON;

import org.junit.jupiter.api.Test;

/** Names written family name first, as reading lists and references do; texts written for these tests. */
class InvertedNamesTest {

    private static final String LIST = "Books on my shelf:\n\nBrontë, Emily. Wuthering Heights\n\n"
            + "Orwell, George and Forster, Edward. Two essays\n\nLindqvist, P. R. (May 2011). Notes on walking.\n\n"
            + "Later Emily Brontë wrote again, and Brontë was praised.";

    @Test
    void aFamilyNameCommaGivenNameIsOnePerson() {
        Tagged t = new Tagged(LIST, null);
        t.assertMention("Brontë, Emily", 0, PERSON, "person:emily-bronte");
        t.assertMention("Orwell, George", 0, PERSON, "person:george-orwell");
        t.assertMention("Forster, Edward", 0, PERSON, "person:edward-forster");
    }

    @Test
    void initialsAfterTheCommaAreAGivenName() {
        Tagged t = new Tagged(LIST, null);
        t.assertMention("Lindqvist, P. R.", 0, PERSON, "person:p-r-lindqvist");
    }

    @Test
    void theInvertedNameJoinsTheSamePersonWrittenInTheUsualOrder() {
        Tagged t = new Tagged(LIST, null);
        t.assertMention("Emily Brontë", 0, PERSON, "person:emily-bronte");
        t.assertMention("Brontë", 2, PERSON, "person:emily-bronte");
    }

    @Test
    void aPlaceCommaPlaceOrAClauseIsNoInvertedName() {
        Tagged t = new Tagged("We drove through Paris, Texas last year. In Houston, Chris said hello to us.", null);
        t.assertMention("Paris", 0, LOCATION, null);
        t.assertMention("Texas", 0, LOCATION, null);
        t.assertMention("Chris", 0, PERSON, null);
    }

    @Test
    void aListOfFullNamesOpeningALineIsNoInvertedName() {
        Tagged t = new Tagged("Lena Hartwell, Mary Quenby and Ivo Brandt signed the letter.", null);
        t.assertMention("Lena Hartwell", 0, PERSON, "person:lena-hartwell");
        t.assertMention("Mary Quenby", 0, PERSON, "person:mary-quenby");
        t.assertMention("Ivo Brandt", 0, PERSON, "person:ivo-brandt");
    }

    @Test
    void aFullNameAfterTheCommaBeforeAndIsNoGivenName() {
        Tagged t = new Tagged("Hartwell, Omar Quenby and Brandt signed the letter. Omar Quenby spoke first.", null);
        t.assertMention("Omar Quenby", 0, PERSON, "person:omar-quenby");
    }
}
