package org.gazette.enrich.entities.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;

import org.gazette.api.model.EntityType;
import org.gazette.api.model.Mention;
import org.junit.jupiter.api.Test;

/** Bad input ends in bounded time without an exception. The timeouts guard against hangs only. */
class BadInputTest {

    private static final Duration HANG = Duration.ofSeconds(60);

    @Test
    void emptyAndNullText() {
        assertEquals(0, Tagged.TAGGER.tag("", null).mentions().size());
        assertEquals(0, Tagged.TAGGER.tag(null, null).mentions().size());
        assertEquals(0, Tagged.TAGGER.tag("   \n\n\t ", null).mentions().size());
    }

    @Test
    void fiveMegabyteArticle() {
        StringBuilder b = new StringBuilder();
        String paragraph = "Angela Merkel met Emmanuel Macron in Paris on Tuesday, the Elysee said, and Merkel left "
                + "for Berlin with $5 million for the United Nations.\n\n";
        while (b.length() < 5_000_000) {
            b.append(paragraph);
        }
        String text = b.toString();
        Tagging tagging = assertTimeoutPreemptively(HANG, () -> Tagged.TAGGER.tag(text, LocalDate.of(2024, 5, 16)));
        assertEquals(20_000, tagging.mentions().size(), "capped at maxMentions");
        assertTrue(tagging.mentionsDropped() > 0);
        assertTrue(tagging.taggedLength() <= 2_000_000 && tagging.taggedLength() > 1_999_000, "cut at maxTextLength");
        assertTrue(tagging.entities().size() < 20);
    }

    @Test
    void textLongerThanTheLimitIsCutAtWhitespace() {
        EntityTagger small = new EntityTagger(new TaggerSettings(1000, 100, 100,
                EnumSet.of(EntityType.PERSON, EntityType.LOCATION), false, true));
        String text = "Angela Merkel visited Paris. ".repeat(100);
        Tagging tagging = small.tag(text, null);
        assertTrue(tagging.taggedLength() <= 1000 && tagging.taggedLength() > 900);
        assertTrue(Character.isWhitespace(text.charAt(tagging.taggedLength())));
        for (Mention m : tagging.mentions()) {
            assertTrue(m.end <= tagging.taggedLength());
        }
    }

    @Test
    void textWithoutSpaces() {
        String text = "Abc".repeat(1_000_000) + " and " + "Xy.Z".repeat(100_000) + "-'&" + "9".repeat(100_000);
        Tagging tagging = assertTimeoutPreemptively(HANG, () -> Tagged.TAGGER.tag(text, null));
        assertEquals(0, tagging.mentions().size());
    }

    @Test
    void mixedScriptsAndOddCharacters() {
        String text = "Владимир Путин встретился с 习近平 in Москва. Angela Merkel said ’s ’ \u0000 \uD83D\uDE00 "
                + "مرحبا بكم في القاهرة Emmanuel Macron. Ünsal Öztürk met Şule in İstanbul.\uD800";
        Tagging tagging = assertTimeoutPreemptively(HANG, () -> Tagged.TAGGER.tag(text, null));
        for (Mention m : tagging.mentions()) {
            assertEquals(text.substring(m.start, m.end), m.text);
        }
        assertTrue(tagging.mentions().stream().anyMatch(m -> "Angela Merkel".equals(m.text)));
        assertTrue(tagging.mentions().stream().anyMatch(m -> "Emmanuel Macron".equals(m.text)));
    }

    @Test
    void punctuationOnlyAndRepeatedCapitals() {
        String text = "!!! ... ''' \"\"\" ((( ))) ,,,\n" + "A B C D E F G H ".repeat(10_000) + "U.S. U.S. U.S.".repeat(1000);
        assertTimeoutPreemptively(HANG, () -> Tagged.TAGGER.tag(text, null));
    }
}
