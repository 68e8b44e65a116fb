package org.gazette.enrich.entities.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gazette.testkit.Configs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** gazette:entities and gazette:entity over a registry the enricher filled, run on the command object. */
class RegistryCommandsTest {

    private final MemoryStore store = new MemoryStore();
    private final EntityCommands command = new EntityCommands(Configs.of(EntityEnricher.Config.class));

    @BeforeEach
    void fill() {
        EntityEnricher enricher = RegistryArticlesTest.enricher(Configs.of(EntityEnricher.Config.class), store);
        enricher.enrich(RegistryArticlesTest.article("a1", "Merkel in Paris", "Angela Merkel met Emmanuel Macron in Paris."));
        enricher.enrich(RegistryArticlesTest.article("a2", "Merkel in Berlin", "Chancellor Angela Merkel spoke in Berlin. Merkel left."));
        enricher.enrich(RegistryArticlesTest.article("a3", "Macron and Merkel", "Emmanuel Macron called Angela Merkel from Paris."));
        enricher.enrich(RegistryArticlesTest.article("a4", "The UN", "The United Nations met in New York."));
        command.store = store;
    }

    @Test
    void listsTheMostMentionedFirst() {
        String out = command.entities("", "20", "100000");
        String[] lines = out.split("\n");
        assertEquals("6 entities in the registry; the 6 most mentioned:", lines[0], out);
        assertTrue(lines[1].matches("ARTICLES +ID +TYPE +NAME +ALIASES"), lines[1]);
        assertTrue(lines[2].matches("3 +person:angela-merkel +PERSON +Angela Merkel +Merkel"), lines[2]);
        assertTrue(lines[3].matches("2 +location:paris +LOCATION +Paris"), lines[3]);
        assertTrue(lines[4].matches("2 +person:emmanuel-macron +PERSON +Emmanuel Macron"), lines[4]);
        assertTrue(lines[5].startsWith("1 "), lines[5]);
        assertEquals(8, lines.length, out);
    }

    @Test
    void oneTypeAndTheTopN() {
        String places = command.entities("location", "2", "100000");
        assertTrue(places.startsWith("3 location entities in the registry; the 2 most mentioned:\n"), places);
        assertTrue(places.contains("location:paris"), places);
        assertEquals(4, places.split("\n").length, places);
        String orgs = command.entities("ORG", "20", "100000");
        assertTrue(orgs.contains("organization:united-nations"), orgs);
        String scanned = command.entities("person", "20", "1");
        assertTrue(scanned.startsWith("1 person entities in the registry (counted the first 1 of each type in id order: --scan)"), scanned);
    }

    @Test
    void showsOneEntityWithItsArticlesNewestFirst() {
        String out = command.entity("20", "person:angela-merkel");
        String[] lines = out.split("\n");
        assertEquals("id          person:angela-merkel", lines[0]);
        assertEquals("name        Angela Merkel", lines[1]);
        assertEquals("type        PERSON", lines[2]);
        assertEquals("aliases     Merkel", lines[3]);
        assertEquals("articles    3", lines[4]);
        assertEquals("first seen  2026-11-23T10:00:00Z", lines[5]);
        assertEquals("last seen   2026-11-23T10:02:00Z", lines[6]);
        assertEquals("Articles, newest first:", lines[8]);
        assertTrue(lines[9].matches("SEEN +PUBLISHED +ARTICLE +TITLE +URL"), lines[9]);
        assertTrue(lines[10].matches("2026-11-23T10:02:00Z +2026-11-23 +a3 +Macron and Merkel +https://news\\.example/a3"), lines[10]);
        assertTrue(lines[12].contains(" a1 "), lines[12]);
        assertEquals(13, lines.length, out);

        String latest = command.entity("1", "Angela", "Merkel");
        assertTrue(latest.contains("The latest 1 articles, newest first:\n"), latest);
        assertTrue(latest.contains("https://news.example/a3") && !latest.contains("https://news.example/a2"), latest);
    }

    @Test
    void badArgumentsAreNamed() {
        assertEquals("unknown type 'VEHICLE': the registry has PERSON, ORGANIZATION and LOCATION entities",
                assertThrows(IllegalArgumentException.class, () -> command.entities("VEHICLE", "20", "100000")).getMessage());
        assertEquals("unknown type 'date': the registry has PERSON, ORGANIZATION and LOCATION entities",
                assertThrows(IllegalArgumentException.class, () -> command.entities("date", "20", "100000")).getMessage());
        assertEquals("--top 'ten' is not a number",
                assertThrows(IllegalArgumentException.class, () -> command.entities("", "ten", "100000")).getMessage());
        assertEquals("--top must be between 1 and 10000, not 0",
                assertThrows(IllegalArgumentException.class, () -> command.entities("", "0", "100000")).getMessage());
        assertEquals("--limit 'x' is not a number",
                assertThrows(IllegalArgumentException.class, () -> command.entity("x", "person:angela-merkel")).getMessage());
        assertEquals("no entity 'person:nobody' in the registry (see gazette:entities for ids)",
                assertThrows(IllegalArgumentException.class, () -> command.entity("20", "person:nobody")).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> command.entity("20")).getMessage().startsWith("usage: entity ID"));
    }

    @Test
    void withoutAStateStoreTheRegistryCommandsSaySo() throws Exception {
        EntityCommands alone = new EntityCommands(Configs.of(EntityEnricher.Config.class));
        assertEquals("no state store: the entity registry lives in it (install the state feature)",
                assertThrows(IllegalStateException.class, () -> alone.entities("", "20", "100000")).getMessage());
        assertThrows(IllegalStateException.class, () -> alone.entity("20", "person:angela-merkel"));
        assertTrue(alone.tag(false, "", "", "10MB", "Angela Merkel visited Paris.").startsWith("2 mentions"));
    }

    @Test
    void anEmptyRegistry() {
        EntityCommands empty = new EntityCommands(Configs.of(EntityEnricher.Config.class));
        empty.store = new MemoryStore();
        assertEquals("No entities in the registry yet.\n", empty.entities("", "20", "100000"));
        assertEquals("No person entities in the registry yet.\n", empty.entities("person", "20", "100000"));
    }

    @Test
    void tagUsesTheRegistryForASurnameAlone() throws Exception {
        String out = command.tag(false, "", "", "10MB", "Merkel said nothing.");
        assertTrue(out.contains("person:angela-merkel"), out);
        assertEquals(3, new EntityRegistry(store.entities, 50).read("person:angela-merkel").articles, "tag records nothing");
    }
}
