package org.gazette.benchmarks.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class MetadataTest {

    @Test
    void normalisationUnifiesQuotesDashesSpacesCaseAndCompatibilityForms() {
        assertEquals("\"smart\" quotes - it's done", Metadata.normalise("  \u201CSmart\u201D   quotes \u2014 it\u2019s\u00A0done "));
        assertEquals("finance 2024", Metadata.normalise("\uFB01nance \uFF12\uFF10\uFF12\uFF14"));
        assertEquals("", Metadata.normalise(null));
    }

    @Test
    void strictTitleOnlyTrims() {
        assertTrue(Metadata.titleStrict("  Harbour bridge vote ", "Harbour bridge vote"));
        assertFalse(Metadata.titleStrict("Harbour Bridge Vote", "Harbour bridge vote"));
        assertFalse(Metadata.titleStrict(null, "Harbour bridge vote"));
    }

    @Test
    void normalisedTitleForgivesCaseQuotesAndDashes() {
        assertTrue(Metadata.titleNormalised("Council\u2019s vote \u2013 a \u201Cwin\u201D", "council's vote - a \"win\""));
        assertFalse(Metadata.titleNormalised("Council's vote | The Courier", "Council's vote"));
        assertFalse(Metadata.titleNormalised(null, "Council's vote"));
    }

    @Test
    void authorNamesSplitOnCommasAndAmpersandsSemicolons() {
        assertEquals(Set.of("jane doe", "john smith", "ann lee", "bo ek"),
                Metadata.names(List.of("Jane Doe, John Smith and Ann Lee", "Bo Ek")));
        assertEquals(Set.of("maria", "katerina"), Metadata.names(List.of("Maria & Katerina")));
        assertEquals(Set.of("a. one", "b. two"), Metadata.names(List.of("A. One; B. Two")));
        assertEquals(Set.of("sandra anderson"), Metadata.names(List.of("Sandra Anderson")));
    }

    @Test
    void authorsMatchAsSets() {
        assertTrue(Metadata.authorsExact(List.of("John Smith", "Jane Doe"), "Jane Doe and John Smith"));
        assertTrue(Metadata.authorsExact(List.of("JANE DOE & john smith"), "John Smith, Jane Doe"));
        assertFalse(Metadata.authorsExact(List.of("Jane Doe"), "Jane Doe, MD"));
        assertTrue(Metadata.authorsOverlap(List.of("Jane Doe"), "Jane Doe, MD"));
        assertFalse(Metadata.authorsOverlap(List.of("By Jane Doe"), "Jane Doe"));
        assertFalse(Metadata.authorsExact(List.of(), "Jane Doe"));
        assertFalse(Metadata.authorsOverlap(List.of(), "Jane Doe"));
    }

    @Test
    void dateComparesTheDatePartOrTheMonth() {
        assertTrue(Metadata.dateMatches("2024-03-05T10:00:00+01:00", "2024-03-05"));
        assertTrue(Metadata.dateMatches("2024-03-05", "2024-03-05"));
        assertFalse(Metadata.dateMatches("2024-03-06T00:10:00Z", "2024-03-05"));
        assertTrue(Metadata.dateMatches("2003-11-20", "2003-11"));
        assertFalse(Metadata.dateMatches("2003-12-01", "2003-11"));
        assertFalse(Metadata.dateMatches("2024", "2024-03-05"));
        assertFalse(Metadata.dateMatches(null, "2024-03-05"));
    }

    @Test
    void snippetsAreCaseInsensitiveSubstringsAcrossParagraphs() {
        String text = "The reservoir rose.\n\nIt is now   full again.";
        assertEquals(2, Snippets.found(text, List.of("RESERVOIR ROSE", "rose. it is now full", "not there")));
        assertEquals(0, Snippets.found(null, List.of("anything")));
    }
}
