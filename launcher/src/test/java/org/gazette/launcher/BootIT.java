package org.gazette.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;

import com.google.gson.JsonObject;

/**
 * Boots the real distribution with every feature and fails the build when a bundle does not
 * resolve or a component stays unsatisfied; then runs the embedded default end to end.
 */
class BootIT {
    @TempDir
    Path home;

    @Test
    void everyFeatureResolvesAndEveryComponentIsSatisfied() throws Exception {
        try (Gazette g = Runtimes.start(home, "core, web, sources, export-json, sample, example, entities, postgresql")) {
            ReadyReport report = g.awaitReady(Duration.ofSeconds(60));
            assertTrue(report.ready(), "not ready: " + report.problems() + "\n" + Runtimes.log(home));
            assertEquals(List.of(), report.problems());
            for (Bundle b : g.context().getBundles()) {
                boolean fragment = b.getHeaders("").get("Fragment-Host") != null;
                assertEquals(fragment ? Bundle.RESOLVED : Bundle.ACTIVE, b.getState(), b.getSymbolicName() + " state");
            }
            String features = g.execute("gazette:features");
            for (String f : List.of("core", "web", "sources", "export-json", "sample", "example", "entities", "postgresql")) {
                assertTrue(features.lines().anyMatch(l -> l.startsWith(f + " ") && l.contains(" yes ")), features);
            }
        }
    }

    @Test
    void theEntityTaggerTagsEveryArticleAndTheConsoleShowsItsEntities() throws Exception {
        try (Gazette g = Runtimes.start(home, "core, sources, export-json, sample, entities", "gazette.scheduling", "off")) {
            assertTrue(g.awaitReady(Duration.ofSeconds(60)).ready());
            g.execute("gazette:run sample");
            List<JsonObject> articles = Runtimes.awaitExported(home, 12);
            assertTrue(articles.stream().allMatch(a -> a.has("mentions") && a.getAsJsonArray("mentions").size() > 0),
                    "every sample article has mentions");
            JsonObject first = articles.get(0);
            String text = first.get("text").getAsString();
            first.getAsJsonArray("mentions").forEach(m -> {
                JsonObject o = m.getAsJsonObject();
                assertEquals(o.get("text").getAsString(), text.substring(o.get("start").getAsInt(), o.get("end").getAsInt()),
                        "a mention's offsets point at its text");
            });

            String entities = g.execute("gazette:entities --top 5");
            String id = entities.lines().flatMap(l -> java.util.Arrays.stream(l.split("\\s+"))).filter(w -> w.matches("[a-z]+:[a-z0-9-]+")).findFirst()
                    .orElseThrow(() -> new AssertionError("no entity listed: " + entities));
            String entity = g.execute("gazette:entity " + id);
            assertTrue(entity.contains(id) && entity.contains("sample"), entity);

            String tagged = g.execute("gazette:tag \"Chancellor Angela Merkel arrived in Paris on Monday.\"");
            assertTrue(tagged.contains("person:angela-merkel") && tagged.contains("location:paris"), tagged);
        }
    }

    @Test
    void theEmbeddedDefaultExportsTheSampleCorpus() throws Exception {
        try (Gazette g = Runtimes.start(home, "core, sources, export-json, sample", "gazette.scheduling", "off")) {
            assertTrue(g.awaitReady(Duration.ofSeconds(60)).ready());
            String run = g.execute("gazette:run sample");
            assertTrue(run.startsWith("sample: "), run);
            List<JsonObject> articles = Runtimes.awaitExported(home, 12);
            Set<String> titles = articles.stream().map(a -> a.get("title").getAsString()).collect(Collectors.toSet());
            assertTrue(titles.contains("Verschollene Wildbiene im Stadtpark wiederentdeckt"), titles.toString());
            assertTrue(articles.stream().allMatch(a -> a.get("sourceId").getAsString().equals("sample")));
            assertTrue(articles.stream().noneMatch(a -> a.get("url").getAsString().endsWith("index-front-page.html")),
                    "the front page is not an article");
            String sources = g.execute("gazette:sources");
            assertTrue(sources.contains("sample") && sources.contains("folder"), sources);
            String status = g.execute("gazette:status");
            assertTrue(status.contains("No configuration problems."), status);

            Path lines = home.resolve("extracted.jsonl");
            String extract = g.execute("gazette:extract --out " + lines + " " + Runtimes.dist().resolve("samples/news"));
            assertTrue(extract.startsWith("13 pages: 12 articles, 1 not articles, 0 failed; "), extract);
            assertEquals(13, java.nio.file.Files.readAllLines(lines).size());
        }
    }
}
