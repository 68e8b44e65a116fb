package org.gazette.enrich.entities.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.gazette.api.model.EntityType;
import org.junit.jupiter.api.Test;

class SmallPartsTest {

    @Test
    void nameKeysIgnoreCaseAccentsHyphensAndPeriods() {
        assertEquals("kim jong un", Names.key("Kim Jong-un"));
        assertEquals("kim jong un", Names.key("KIM  JONG UN"));
        assertEquals("us", Names.key("U.S."));
        assertEquals("dvorak", Names.key("Dvořák"));
        assertEquals("a b", Names.collapse("a \n\n b"));
    }

    @Test
    void idsAreStableReadableAndSafe() {
        assertEquals("person:kim-jong-un", EntityIds.of(EntityType.PERSON, "Kim Jong-un"));
        assertEquals("person:kim-jong-un", EntityIds.of(EntityType.PERSON, "Kim Jong Un"));
        assertEquals("location:united-states", EntityIds.of(EntityType.LOCATION, "United States"));
        assertNotEquals(EntityIds.of(EntityType.LOCATION, "Georgia"), EntityIds.of(EntityType.PERSON, "Georgia"));
        String cyrillic = EntityIds.of(EntityType.PERSON, "Владимир Путин");
        assertTrue(cyrillic.matches("person:x-[0-9a-f]{8}"), cyrillic);
        assertEquals(cyrillic, EntityIds.of(EntityType.PERSON, "Владимир Путин"));
        assertTrue(EntityIds.of(EntityType.ORGANIZATION, "Johnson & Johnson").matches("organization:johnson-johnson-[0-9a-f]{8}"));
        assertTrue(EntityIds.of(EntityType.ORGANIZATION, "X".repeat(500)).length() < 100);
    }

    @Test
    void tokenizerKeepsOffsetsAndSplitsPossessives() {
        String text = "Mr. O'Brien's U.S. trip cost $5,000.50 on 2007-10-21; Kim Jong-un\nagreed.";
        List<Token> tokens = new Tokenizer(100).tokenize(text, text.length());
        for (Token t : tokens) {
            assertEquals(text.substring(t.start, t.end), t.text);
        }
        assertEquals(List.of("Mr.", "O'Brien", "'s", "U.S.", "trip", "cost", "$", "5,000.50", "on", "2007-10-21", ";",
                "Kim", "Jong-un", "agreed", "."), tokens.stream().map(t -> t.text).toList());
        assertTrue(tokens.get(13).sentenceStart && tokens.get(13).lineStart);
        assertTrue(!tokens.get(1).sentenceStart);
    }
}
