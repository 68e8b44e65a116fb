package org.gazette.parse.html.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.gazette.text.DateOrder;
import org.junit.jupiter.api.Test;

/** Dates read from one field of a meta line or around a byline. */
class DateReaderTest {
    private final DateReader reader = new DateReader(null, DateOrder.UNKNOWN);

    @Test
    void aDateAfterTheNameOfABylineThatOpensTheLine() {
        assertEquals("2019-08-21", reader.parseFields("Posted by Jane Doe on August 21, 2019"));
        assertEquals("2025-12-16T11:15:00", reader.parseFields("Posted by Ann at December 16, 2025 11:15 AM"));
        assertEquals("2024-03-03", reader.parseFields("By Jane Doe on March 3, 2024"));
        assertEquals("2024-03-03", reader.parseFields("Von Jana Roth am 3. März 2024"));
        assertEquals("2024-03-03", reader.parseFields("Publié par Jeanne Roux le 3 mars 2024"));
    }

    @Test
    void aSentenceWithAByAndADateIsNoByline() {
        // the byline must open the line: a sentence that mentions someone and a date is not read
        assertNull(reader.parseFields("The plan was approved by the council on March 3, 2024"));
        assertNull(reader.parseFields("Posted by Jane Doe on the harbour blog"));
    }

    @Test
    void aDateBeforeTheByline() {
        assertEquals("2025-12-15T19:00:00", reader.parseFields("Posted on 15/12/2025 at 19:00 by"));
    }

    @Test
    void everyLanguagesBylineWordAroundADate() {
        // the words come from BylineWords
        assertEquals("2024-03-03", reader.parseFields("Door Jan de Vries op 3 March 2024"));
        assertEquals("2024-03-03", reader.parseFields("Por Ana Ruiz el 3 de marzo de 2024"));
        assertEquals("2024-03-03", reader.parseFields("3 mars 2024 par"));
        assertEquals("2024-03-03", reader.parseFields("March 3, 2024 By"));
    }
}
