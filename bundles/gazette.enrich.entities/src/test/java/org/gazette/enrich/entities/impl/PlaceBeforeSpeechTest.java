package org.gazette.enrich.entities.impl;

import static org.gazette.api.model.EntityType.LOCATION;
import static org.gazette.api.model.EntityType.PERSON;

import org.junit.jupiter.api.Test;

/** {@link PlaceBeforeSpeech}; texts written for these tests. */
class PlaceBeforeSpeechTest {

    @Test
    void aNameAfterANounAndInBeforeAVerbOfSpeechIsWhereTheSpeakersAre() {
        Tagged t = new Tagged("Police in Quorra said the bridge would stay closed.", null);
        t.assertMention("Quorra", 0, LOCATION, null);
    }

    @Test
    void aNameBeforeAVerbOfSpeechWithoutSuchAPlaceCueStaysAPerson() {
        Tagged t = new Tagged("Asked about the bridge, Quorra said it would stay closed.", null);
        t.assertMention("Quorra", 0, PERSON, null);
    }
}
