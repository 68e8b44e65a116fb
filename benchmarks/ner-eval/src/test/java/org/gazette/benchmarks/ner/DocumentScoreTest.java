package org.gazette.benchmarks.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.gazette.api.model.EntityType;
import org.gazette.api.model.Mention;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentScoreTest {

    private static Gold.Mention gold(String text, String surface, String etype, String eid, boolean named) {
        Gold.Mention m = new Gold.Mention();
        m.start = text.indexOf(surface);
        m.end = m.start + surface.length();
        m.ne_start = m.start;
        m.ne_end = m.end;
        m.ne_text = surface;
        m.etype = etype;
        m.eid = eid;
        m.named = named;
        return m;
    }

    private static Mention predicted(String text, String surface, EntityType type, String id, String value) {
        Mention m = new Mention();
        m.start = text.indexOf(surface);
        m.end = m.start + surface.length();
        m.text = surface;
        m.type = type;
        m.entityId = id;
        m.value = value;
        return m;
    }

    @Test
    void exactOverlapCanonicalAndDates() {
        Gold.Document d = new Gold.Document();
        d.text = "Mayor Ann Lee of Boston, where she lives, met Lee Corp on Tuesday.";
        d.mentions = new ArrayList<>(List.of(
                gold(d.text, "Mayor Ann Lee", "person", "d#1", true),
                gold(d.text, "Boston, where she lives", "place", "d#2", true),
                gold(d.text, "Lee Corp", "organization", "d#3", true),
                gold(d.text, "she", "person", "d#1", false),
                gold(d.text, "Tuesday", "time", "d#4", false)));
        d.mentions.get(4).date_when = "2024-05-14";
        List<Mention> predicted = List.of(
                predicted(d.text, "Ann Lee", EntityType.PERSON, "p", null),
                predicted(d.text, "Boston", EntityType.LOCATION, "b", null),
                predicted(d.text, "Lee Corp", EntityType.PERSON, "p", null),
                predicted(d.text, "Tuesday", EntityType.DATE, null, "2024-05-14"));
        DocumentScore s = new DocumentScore(d, predicted);
        assertEquals(1, s.overlap.get(EntityType.PERSON).matched);
        assertEquals(2, s.overlap.get(EntityType.PERSON).predicted);
        assertEquals(0, s.exact.get(EntityType.PERSON).matched, "the gold span has the title");
        assertEquals(1, s.overlap.get(EntityType.LOCATION).matched, "Boston matches the core of the place");
        assertEquals(0, s.overlap.get(EntityType.ORGANIZATION).matched, "wrong type");
        assertEquals(3, s.anyType.matched);
        assertEquals(2, s.entities);
        assertEquals(2, s.entitiesCorrect);
        assertEquals(1, s.dateValuesCorrect);
        assertEquals(List.of("ORGANIZATION -> PERSON"), List.copyOf(s.confusions.keySet()), "Lee Corp found as a person");
        assertEquals(1, s.confusions.get("ORGANIZATION -> PERSON").size());
    }

    @Test
    void anExactPredictionBindsToTheNestedNameNotTheListAroundIt() {
        Gold.Document d = new Gold.Document();
        d.text = "Ann Lee, Bo Park and Cy Ford sued. Later Ms. Lee won.";
        d.mentions = new ArrayList<>(List.of(
                gold(d.text, "Ann Lee, Bo Park and Cy Ford", "person", "d#1", true),
                gold(d.text, "Ann Lee", "person", "d#2", true),
                gold(d.text, "Ms. Lee", "person", "d#2", true)));
        List<Mention> predicted = List.of(
                predicted(d.text, "Ann Lee", EntityType.PERSON, "p", null),
                predicted(d.text, "Ms. Lee", EntityType.PERSON, "p", null));
        DocumentScore s = new DocumentScore(d, predicted);
        assertEquals(1, s.entities, "the list has no prediction of its own");
        assertEquals(1, s.entitiesCorrect, "Ann Lee and Ms. Lee are one gold entity");
        assertEquals(2, s.overlap.get(EntityType.PERSON).matched);
    }

    @Test
    void confusionsOption() {
        assertEquals(4, Options.parse(new String[] {"--confusions", "4"}).confusions());
        assertEquals(0, Options.parse(new String[0]).confusions());
        assertThrows(IllegalArgumentException.class, () -> Options.parse(new String[] {"--confusions", "-2"}));
    }

    @Test
    void coreEndsBeforeCommaAndRelativeClause() {
        String text = "Boston, where she lives";
        assertEquals(6, DocumentScore.coreEnd(text, 0, text.length()));
        assertEquals(4, DocumentScore.coreEnd("Kim", 0, 3) + 1);
    }

    @Test
    void optionsAreChecked() {
        assertEquals(5, Options.parse(new String[] {"--limit", "5"}).limit());
        assertThrows(IllegalArgumentException.class, () -> Options.parse(new String[] {"--limit", "x"}));
        assertThrows(IllegalArgumentException.class, () -> Options.parse(new String[] {"--bogus"}));
    }

    @Test
    void runsOnASmallGoldFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("gold.jsonl");
        Files.writeString(file, "{\"doc_id\":\"d\",\"genre\":\"news\",\"dateCreated\":\"2024-05-16\","
                + "\"text\":\"Angela Merkel visited Paris on Tuesday.\",\"mentions\":["
                + "{\"start\":0,\"end\":13,\"ne_start\":0,\"ne_end\":13,\"ne_text\":\"Angela Merkel\",\"etype\":\"person\",\"eid\":\"d#1\",\"named\":true},"
                + "{\"start\":22,\"end\":27,\"ne_start\":22,\"ne_end\":27,\"ne_text\":\"Paris\",\"etype\":\"place\",\"eid\":\"d#2\",\"named\":true},"
                + "{\"start\":31,\"end\":38,\"ne_start\":31,\"ne_end\":38,\"ne_text\":\"Tuesday\",\"etype\":\"time\",\"eid\":\"d#3\",\"named\":false,\"date_when\":\"2024-05-14\"}]}\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = NerEval.run(new String[] {"--data", file.toString()}, dir, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertEquals(0, status);
        String report = out.toString(StandardCharsets.UTF_8);
        assertEquals(true, report.contains("ALL (P/O/L)         2      2 |  1.000  1.000  1.000"), report);
        assertEquals(true, report.contains("canonical-entity accuracy: 1.000"), report);
        assertEquals(true, report.contains("dates: normalised correctly 1.000"), report);
        assertEquals(true, report.contains("halves: odd F1-head 1.000"), report);
    }

    @Test
    void missingFileIsUsageError(@TempDir Path dir) {
        int status = NerEval.run(new String[] {"--data", dir.resolve("none.jsonl").toString()}, dir,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertEquals(2, status);
    }
}
