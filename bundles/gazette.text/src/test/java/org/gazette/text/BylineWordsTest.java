package org.gazette.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** One list of byline words for every rule, and the alternations built from it. */
class BylineWordsTest {

    @Test
    void theAlternationsListEveryWord() {
        assertEquals("by|von|por|par|door|av|מאת", BylineWords.BY_PATTERN);
        assertEquals("on|am|le|el|il|op", BylineWords.DATE_CONNECTOR_PATTERN);
        assertEquals("written|posted|words|reported", BylineWords.WRITTEN_BY_VERB_PATTERN);
        assertEquals("a|b", BylineWords.alternation(List.of("a", "b")));
        assertTrue(BylineWords.AUTHOR_LABEL_PATTERN.startsWith("author|authors|autor|"));
    }

    @Test
    void aRuleKeepsItsOwnContextAroundTheWords() {
        Pattern opener = Pattern.compile("(?iu)^(?:" + BylineWords.BY_PATTERN + ")\\s+");
        for (String line : List.of("By Jane Doe", "Von Anna Schmidt", "Por Ana Ruiz", "Par Luc Martin", "Door Jan de Vries")) {
            assertTrue(opener.matcher(line).find(), line);
        }
    }

    @Test
    void theNewlySharedWordsReadBylinesAndDates() {
        // Dutch "door" was known only to the reader of dates around bylines, "op" only to the byline reader
        assertEquals(List.of("Jan de Vries"), Bylines.fromLine("Door Jan de Vries"));
        assertEquals(List.of("Jan de Vries"), Bylines.names("Door Jan de Vries op 19 december 2025"));
        assertEquals("2025-12-19", WrittenDates.parse("op vrijdag 19 december 2025"));
    }
}
