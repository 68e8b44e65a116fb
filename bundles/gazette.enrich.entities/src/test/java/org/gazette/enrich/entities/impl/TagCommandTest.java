package org.gazette.enrich.entities.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.gazette.testkit.Configs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** gazette:tag, run on the command object. */
class TagCommandTest {

    @TempDir
    Path dir;

    private final EntityCommands command = new EntityCommands(Configs.of(EntityEnricher.Config.class));

    @Test
    void printsMentionsAndEntitiesAsTables() throws Exception {
        String out = command.tag(false, "", "2024-05-16", "10MB",
                "Russian President Vladimir Putin met spokesperson Jane Doe in Moscow on Tuesday. Later Putin's aides left.");
        String[] lines = out.split("\n");
        assertEquals("5 mentions of 3 entities in 106 characters", lines[0]);
        assertEquals("", lines[1]);
        assertTrue(lines[2].matches("TYPE +START +END +TEXT +CONF +VALUE +ENTITY"), lines[2]);
        assertTrue(lines[3].matches("PERSON +8 +32 +President Vladimir Putin +0\\.\\d\\d +person:vladimir-putin"), lines[3]);
        assertTrue(lines[6].matches("DATE +72 +79 +Tuesday +0\\.\\d\\d +2024-05-14"), lines[6]);
        assertTrue(lines[7].matches("PERSON +87 +92 +Putin +0\\.\\d\\d +person:vladimir-putin"), lines[7]);
        assertEquals("", lines[8]);
        assertTrue(lines[9].matches("ID +TYPE +NAME +ALIASES"), lines[9]);
        assertTrue(lines[10].matches("person:vladimir-putin +PERSON +Vladimir Putin +Putin"), lines[10]);
        assertTrue(lines[12].matches("location:moscow +LOCATION +Moscow"), lines[12]);
        assertEquals(13, lines.length, out);
    }

    @Test
    void wordsGivenSeparatelyAreOneText() throws Exception {
        String out = command.tag(false, "", "", "10MB", "Angela", "Merkel", "visited", "Paris.");
        assertTrue(out.startsWith("2 mentions of 2 entities in 28 characters"), out);
    }

    @Test
    void jsonOfAFileHasOffsetsIntoTheFilesOwnCharacters() throws Exception {
        String text = "Économie : la réunion\n\n"
                + "Le président français Emmanuel Macron a reçu à l'Élysée la chancelière Angela Merkel.\r\n"
                + "  Ensuite, Macron s'est rendu à Zürich, puis à São Paulo le 3 mars 2024 avec 12,5 % de marge.\n";
        Path file = dir.resolve("réunion.txt");
        Files.writeString(file, text, StandardCharsets.UTF_8);

        String out = command.tag(true, "", "", "10MB", file.toString());
        JsonObject json = JsonParser.parseString(out).getAsJsonObject();
        assertEquals(file.toString(), json.get("file").getAsString());
        assertEquals(text.length(), json.get("characters").getAsInt());
        JsonArray mentions = json.getAsJsonArray("mentions");
        assertTrue(mentions.size() >= 4, out);
        for (JsonElement e : mentions) {
            JsonObject m = e.getAsJsonObject();
            assertEquals(text.substring(m.get("start").getAsInt(), m.get("end").getAsInt()), m.get("text").getAsString(), m.toString());
            assertEquals("entities", m.get("tagger").getAsString());
            assertTrue(m.has("type") && m.has("confidence"), m.toString());
        }
        assertTrue(out.contains("\"entityId\": \"person:angela-merkel\""), out);
        assertTrue(out.contains("\"text\": \"São Paulo\""), out);
        JsonObject entity = json.getAsJsonArray("entities").get(0).getAsJsonObject();
        assertTrue(entity.has("id") && entity.has("type") && entity.has("name") && entity.has("aliases"), entity.toString());
        assertTrue(command.tag(false, file.toString(), "", "10MB").startsWith(mentions.size() + " mentions of "
                + json.getAsJsonArray("entities").size() + " entities in " + text.length() + " characters"), "--file reads the same text");
    }

    @Test
    void aTableOfAFile() throws Exception {
        Path file = dir.resolve("a.txt");
        Files.writeString(file, "Angela Merkel visited Paris.");
        assertTrue(command.tag(false, file.toString(), "", "10MB").startsWith("2 mentions of 2 entities in 28 characters"));
    }

    @Test
    void badArgumentsAreNamed() throws Exception {
        Path big = dir.resolve("big.txt");
        Files.writeString(big, "x".repeat(2048));
        Path latin1 = dir.resolve("latin1.txt");
        Files.write(latin1, "Zürich".getBytes(StandardCharsets.ISO_8859_1));

        assertEquals("no such file: " + dir.resolve("missing.txt"),
                assertThrows(IllegalArgumentException.class, () -> command.tag(true, "", "", "10MB", dir.resolve("missing.txt").toString())).getMessage());
        assertEquals(big + " is too large: 2048 bytes, more than --max-size 1024 bytes",
                assertThrows(IllegalArgumentException.class, () -> command.tag(true, "", "", "1KB", big.toString())).getMessage());
        assertEquals(latin1 + " is not UTF-8 text",
                assertThrows(IllegalArgumentException.class, () -> command.tag(true, "", "", "10MB", latin1.toString())).getMessage());
        assertEquals(dir + " is a directory, not a file",
                assertThrows(IllegalArgumentException.class, () -> command.tag(true, "", "", "10MB", dir.toString())).getMessage());
        assertEquals("--max-size 'lots' is not a size (write 512KB or 10MB)",
                assertThrows(IllegalArgumentException.class, () -> command.tag(true, "", "", "lots", big.toString())).getMessage());
        assertEquals("--date 'Tuesday' is not a date (write YYYY-MM-DD)",
                assertThrows(IllegalArgumentException.class, () -> command.tag(false, "", "Tuesday", "10MB", "text")).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> command.tag(true, "", "", "10MB", "two", "words"))
                .getMessage().startsWith("usage: tag --json FILE"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> command.tag(false, "", "", "10MB"))
                .getMessage().startsWith("usage: tag"));
        assertEquals("give either --file FILE or a text, not both",
                assertThrows(IllegalArgumentException.class, () -> command.tag(false, big.toString(), "", "10MB", "text")).getMessage());
        assertFalse(command.tag(false, "", "", "10MB", "nothing here").contains("ENTITY"));
    }
}
