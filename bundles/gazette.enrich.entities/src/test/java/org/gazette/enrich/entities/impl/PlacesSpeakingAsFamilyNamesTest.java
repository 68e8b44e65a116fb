package org.gazette.enrich.entities.impl;

import static org.gazette.api.model.EntityType.LOCATION;
import static org.gazette.api.model.EntityType.PERSON;

import org.junit.jupiter.api.Test;

/** {@link PlacesSpeakingAsFamilyNames}, on texts written for these tests. */
class PlacesSpeakingAsFamilyNamesTest {

    @Test
    void aPlaceNameBesideSpeechAfterAPersonOfThatNameIsThePerson() {
        Tagged t = new Tagged("The firm's spokesman, Brian Lyons, confirmed the recall. \"We are sorry,\" said Lyons.", null);
        t.assertMention("Lyons", 1, PERSON, "person:brian-lyons");
    }

    @Test
    void withoutSuchAPersonThePlaceStays() {
        Tagged t = new Tagged("The firm's spokesman, Brian Quorvath, confirmed the recall. Lyons said nothing.", null);
        t.assertMention("Lyons", 0, LOCATION, null);
    }
}
