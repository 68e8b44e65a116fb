package org.gazette.enrich.entities.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.gazette.api.model.Article;
import org.gazette.api.model.Entity;
import org.gazette.api.model.EntityType;
import org.gazette.api.model.Enrichment;
import org.gazette.support.InvalidPropertyException;
import org.gazette.testkit.Configs;
import org.junit.jupiter.api.Test;
import org.osgi.service.log.Logger;

/** The registry records, per entity, the articles that mention it: bounded, newest first, cheaply. */
class RegistryArticlesTest {

    /** A clock that moves one minute on every reading. */
    private static final class Ticking extends Clock {
        private Instant now = Instant.parse("2026-11-23T10:00:00Z");

        @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(java.time.ZoneId zone) { return this; }

        @Override
        public Instant instant() {
            Instant t = now;
            now = now.plusSeconds(60);
            return t;
        }
    }

    static Logger silent() {
        return (Logger) Proxy.newProxyInstance(Logger.class.getClassLoader(), new Class<?>[] {Logger.class},
                (proxy, method, args) -> method.getReturnType() == boolean.class ? false : null);
    }

    static EntityEnricher enricher(EntityEnricher.Config config, MemoryStore store) {
        EntityEnricher e = new EntityEnricher(config, Tagged.TAGGER, new Ticking(), silent());
        e.store = store;
        return e;
    }

    static Article article(String id, String title, String text) {
        Article a = new Article();
        a.id = id;
        a.url = "https://news.example/" + id;
        a.title = title;
        a.published = "2026-11-2" + id.charAt(id.length() - 1);
        a.text = text;
        return a;
    }

    @Test
    void theEnricherRecordsEachArticleOnceNewestFirst() {
        MemoryStore store = new MemoryStore();
        EntityEnricher enricher = enricher(Configs.of(EntityEnricher.Config.class), store);
        enricher.enrich(article("a1", "Merkel in Paris", "Angela Merkel visited Paris on Monday."));
        enricher.enrich(article("a2", "Merkel again", "Angela Merkel spoke in Berlin."));
        enricher.enrich(article("a3", "Merkel leaves", "Chancellor Angela Merkel left Berlin."));
        enricher.enrich(article("a2", "Merkel again (updated)", "Angela Merkel spoke in Berlin again."));

        EntityRegistry registry = new EntityRegistry(store.entities, 50);
        EntityRegistry.Record merkel = registry.read("person:angela-merkel");
        assertEquals(3, merkel.articles, "a2 tagged twice counts once");
        assertEquals("2026-11-23T10:00:00Z", merkel.firstSeen);
        assertEquals("2026-11-23T10:03:00Z", merkel.lastSeen);
        List<ArticleRef> refs = registry.articles(merkel, 10);
        assertEquals(List.of("a2", "a3", "a1"), refs.stream().map(r -> r.id).toList());
        assertEquals("Merkel again (updated)", refs.get(0).title);
        assertEquals("https://news.example/a1", refs.get(2).url);
        assertEquals("2026-11-21", refs.get(2).published);
        assertEquals(List.of("a1"), registry.articles(registry.read("location:paris"), 10).stream().map(r -> r.id).toList());
        assertEquals(List.of("a3"), registry.articles(merkel, 2).stream().skip(1).map(r -> r.id).toList());
    }

    @Test
    void oneWritePerEntityForAnArticleOfKnownEntities() {
        MemoryStore store = new MemoryStore();
        EntityEnricher enricher = enricher(Configs.of(EntityEnricher.Config.class), store);
        Enrichment first = enricher.enrich(article("a1", null, "Angela Merkel met Emmanuel Macron in Paris."));
        assertEquals(3, first.entities.size());
        int before = store.entities.writes;
        enricher.enrich(article("a2", null, "Angela Merkel met Emmanuel Macron in Paris."));
        assertEquals(3, store.entities.writes - before, "one write per entity");
    }

    @Test
    void keepsABoundedNumberOfReferencesInARingOfPages() {
        MemoryStore store = new MemoryStore();
        EntityRegistry registry = new EntityRegistry(store.entities, 50, 60);
        Entity kim = new Entity();
        kim.id = "person:kim-jong-un";
        kim.type = EntityType.PERSON;
        kim.name = "Kim Jong Un";
        kim.aliases = List.of("Kim");
        int writes = 0;
        for (int n = 1; n <= 130; n++) {
            int before = store.entities.writes;
            Article a = article("a" + n, "Story " + n, "");
            registry.record(List.of(kim), ArticleRef.of(a, Instant.parse("2026-11-23T10:00:00Z").plusSeconds(n)));
            writes += store.entities.writes - before;
        }
        EntityRegistry.Record r = registry.read(kim.id);
        assertEquals(130, r.articles);
        List<ArticleRef> all = registry.articles(r, 1000);
        assertTrue(all.size() <= 60 && all.size() >= 60 - 2 * ArticleRing.PAGE + 1, "kept " + all.size());
        for (int k = 0; k < all.size(); k++) {
            assertEquals("a" + (130 - k), all.get(k).id, "newest first, none missing");
        }
        Set<String> pages = new HashSet<>(store.entities.scan("articles/", 100).keySet());
        assertEquals(Set.of("articles/person:kim-jong-un/0"), pages, "a ring of (60 - 25) / 25 = 1 page");
        assertTrue(writes <= 130 + 2 + 130 / ArticleRing.PAGE, writes + " writes for 130 articles");
        assertEquals(List.of("a130", "a129"), registry.articles(r, 2).stream().map(x -> x.id).toList());
    }

    @Test
    void withNoReferencesKeptOnlyTheCountGrows() {
        MemoryStore store = new MemoryStore();
        EntityEnricher enricher = enricher(Configs.of(EntityEnricher.Config.class, "registryArticles", 0), store);
        enricher.enrich(article("a1", null, "Angela Merkel visited Paris."));
        enricher.enrich(article("a2", null, "Angela Merkel visited Paris."));
        EntityRegistry registry = new EntityRegistry(store.entities, 50, 0);
        EntityRegistry.Record r = registry.read("person:angela-merkel");
        assertEquals(2, r.articles);
        assertTrue(registry.articles(r, 10).isEmpty());
        assertNull(store.entities.get("articles/person:angela-merkel/0"));
    }

    @Test
    void articlesKeptIsABoundedProperty() {
        for (int articles : new int[] {100_001, -1}) {
            EntityEnricher.Config config = Configs.of(EntityEnricher.Config.class, "registryArticles", articles);
            assertEquals("registryArticles", assertThrows(InvalidPropertyException.class, () -> enricher(config, new MemoryStore())).property());
        }
    }
}
