package org.gazette.benchmarks.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CanonErrorsTest {

    private static CanonErrors.Match m(String eid, String gold, int start, String predicted, String id) {
        return new CanonErrors.Match(eid, gold, start, start + gold.length(), predicted, id);
    }

    @Test
    void splitsAndMergesAreCategorised() {
        List<CanonErrors.Failure> failures = CanonErrors.of("doc", List.of(
                m("d#1", "Ann Quill", 0, "Ann Quill", "person:ann-quill"),
                m("d#1", "Quill", 20, "Quill", "person:quill"),
                m("d#2", "Tam Reyes", 40, "Tam Reyes", "person:tam-reyes"),
                m("d#3", "Reyes", 60, "Reyes", "person:tam-reyes"),
                m("d#4", "Lisbon", 80, "Lisbon", "location:lisbon"),
                m("d#5", "northern Lisbon", 100, "Lisbon", "location:lisbon"),
                m("d#6", "Oslo", 120, "Oslo", "location:oslo")));
        Map<String, Integer> counts = CanonErrors.count(failures);
        assertEquals(1, counts.get("split:part-of-name"));
        assertEquals(2, counts.get("merge:shared-word"));
        assertEquals(2, counts.get("merge:gold-modifier"));
        assertEquals(5, failures.size(), "Oslo is right");
        assertTrue(failures.get(0).description().contains("[Quill] -> person:quill"), failures.get(0).description());
    }

    @Test
    void halvesAreAlternateDocuments(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("gold.jsonl");
        StringBuilder b = new StringBuilder();
        for (int k = 1; k <= 5; k++) {
            b.append("{\"doc_id\":\"d").append(k).append("\",\"genre\":\"g\",\"text\":\"x\",\"mentions\":[]}\n");
        }
        Files.writeString(file, b.toString());
        assertEquals(List.of("d1", "d3", "d5"), Gold.load(file, Set.of(), "odd", 0).stream().map(d -> d.doc_id).toList());
        assertEquals(List.of("d2", "d4"), Gold.load(file, Set.of(), "even", 0).stream().map(d -> d.doc_id).toList());
        assertEquals(5, Gold.load(file, Set.of(), 0).size());
    }

    @Test
    void optionsForHalvesAndCanonicalErrors() {
        Options o = Options.parse(new String[] {"--half", "even", "--canon-errors", "7"});
        assertEquals("even", o.half());
        assertEquals(7, o.canonErrors());
        assertNull(Options.parse(new String[0]).half());
        assertThrows(IllegalArgumentException.class, () -> Options.parse(new String[] {"--half", "third"}));
        assertThrows(IllegalArgumentException.class, () -> Options.parse(new String[] {"--canon-errors", "-1"}));
    }
}
