package org.gazette.source.files.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SmallPartsTest {

    @Test
    void guessesMediaTypesThroughGzip() {
        assertEquals("text/html", MediaTypes.of("a/b/Story.HTM"));
        assertEquals("text/html", MediaTypes.of("story.html.gz"));
        assertEquals("text/plain", MediaTypes.of("notes.txt.gz"));
        assertEquals("application/json", MediaTypes.of("data.json"));
        assertEquals("application/octet-stream", MediaTypes.of("archive.tar.gz"));
        assertEquals("application/octet-stream", MediaTypes.of("v1.2/README"));
    }

    @Test
    void readsAndWritesFileRecords() {
        FileRecord record = FileRecord.parse("12:1700000000000:abcdef");
        assertEquals(new FileRecord("12:1700000000000", "abcdef"), record);
        assertEquals("12:1700000000000:abcdef", record.format());
        assertNull(FileRecord.parse(null));
        assertNull(FileRecord.parse("garbage"));
        assertNull(FileRecord.parse("12:"));
        assertNull(FileRecord.parse("12:34:"));
    }

    @Test
    void matchesGlobsAgainstNamesIgnoringCase() {
        IncludePatterns patterns = IncludePatterns.parse("include", new String[] {"*.html", "", "news-??.TXT"});
        assertTrue(patterns.matches("Index.HTML"));
        assertTrue(patterns.matches("news-01.txt"));
        assertFalse(patterns.matches("news-001.txt"));
        assertFalse(patterns.matches("index.html.gz"));
    }

    @Test
    void splitsCommaSeparatedPatternsOutsideBraces() {
        IncludePatterns patterns = IncludePatterns.parse("include", new String[] {"*.txt, *.{htm,html}"});
        assertTrue(patterns.matches("a.txt"));
        assertTrue(patterns.matches("b.htm"));
        assertTrue(patterns.matches("c.html"));
        assertFalse(patterns.matches("d.xml"));
        assertFalse(patterns.matches("e.{htm"));
    }
}
