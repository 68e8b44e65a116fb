package org.gazette.enrich.entities.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.gazette.api.model.Article;
import org.gazette.api.model.Enrichment;
import org.gazette.api.model.Mention;
import org.gazette.api.state.KeyValue;
import org.gazette.api.state.StateException;
import org.gazette.api.state.StateStore;
import org.gazette.support.InvalidPropertyException;
import org.junit.jupiter.api.Test;
import org.osgi.service.log.Logger;

class EntityEnricherTest {

    /** A configuration with the defaults, some of which a test overrides. */
    private static class Config implements EntityEnricher.Config {
        String[] types = {"PERSON", "ORGANIZATION", "LOCATION", "DATE", "MONEY", "PERCENT"};
        int maxTextLength = 2_000_000;
        int maxMentions = 20_000;
        int registryAliases = 50;

        @Override public Class<? extends Annotation> annotationType() { return EntityEnricher.Config.class; }
        @Override public String[] types() { return types; }
        @Override public int maxTextLength() { return maxTextLength; }
        @Override public int maxMentions() { return maxMentions; }
        @Override public boolean nestedPlaces() { return true; }
        @Override public boolean registry() { return true; }
        @Override public int registryAliases() { return registryAliases; }
        @Override public int registryArticles() { return 1000; }
        @Override public int gazette_enricher_order() { return 100; }
    }

    /** A key-value namespace in memory. */
    private static final class MemoryKeyValue implements KeyValue {
        final Map<String, String> map = new TreeMap<>();
        boolean failing;

        @Override public String name() { return "entities"; }
        @Override public String get(String key) { check(); return map.get(key); }
        @Override public void put(String key, String value) { check(); if (value == null) { map.remove(key); } else { map.put(key, value); } }
        @Override public String putIfAbsent(String key, String value) { check(); return map.putIfAbsent(key, value); }
        @Override public boolean remove(String key) { check(); return map.remove(key) != null; }
        @Override public Map<String, String> scan(String keyPrefix, int limit) { return Map.of(); }

        private void check() {
            if (failing) {
                throw new StateException("store unreachable", null);
            }
        }
    }

    private static final List<String> WARNINGS = new ArrayList<>();

    private static Logger logger() {
        return (Logger) Proxy.newProxyInstance(Logger.class.getClassLoader(), new Class<?>[] {Logger.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("warn")) {
                        WARNINGS.add(String.valueOf(args[0]));
                    }
                    return method.getReturnType() == boolean.class ? false : null;
                });
    }

    private static StateStore store(KeyValue kv) {
        return (StateStore) Proxy.newProxyInstance(StateStore.class.getClassLoader(), new Class<?>[] {StateStore.class},
                (proxy, method, args) -> method.getName().equals("namespace") ? kv : null);
    }

    private static EntityEnricher enricher(Config config) {
        return new EntityEnricher(config, new EntityTagger(EntityEnricher.settings(config)), logger());
    }

    private static Article article(String id, String text, String published) {
        Article a = new Article();
        a.id = id;
        a.text = text;
        a.published = published;
        return a;
    }

    @Test
    void enrichesWithMentionsEntitiesAndResolvedDates() {
        Enrichment e = enricher(new Config()).enrich(article("a1",
                "Angela Merkel met Emmanuel Macron in Paris on Tuesday.", "2024-05-16T09:30:00+02:00"));
        assertEquals(4, e.mentions.size());
        assertEquals("2024-05-14", e.mentions.get(3).value);
        assertEquals(3, e.entities.size());
        assertNull(e.metadata);
    }

    @Test
    void emptyArticleAddsNothing() {
        Enrichment e = enricher(new Config()).enrich(article("a1", "", null));
        assertNull(e.mentions);
        e = enricher(new Config()).enrich(article("a1", null, "not a date"));
        assertNull(e.entities);
    }

    @Test
    void invalidConfigurationNamesTheProperty() {
        Config bad = new Config();
        bad.types = new String[] {"PERSON", "VEHICLE"};
        assertEquals("types", assertThrows(InvalidPropertyException.class, () -> enricher(bad)).property());
        Config none = new Config();
        none.types = new String[0];
        assertEquals("types", assertThrows(InvalidPropertyException.class, () -> enricher(none)).property());
        Config length = new Config();
        length.maxTextLength = 0;
        assertEquals("maxTextLength", assertThrows(InvalidPropertyException.class, () -> enricher(length)).property());
        Config mentions = new Config();
        mentions.maxMentions = -1;
        assertEquals("maxMentions", assertThrows(InvalidPropertyException.class, () -> enricher(mentions)).property());
        Config aliases = new Config();
        aliases.registryAliases = 5000;
        assertEquals("registryAliases", assertThrows(InvalidPropertyException.class, () -> enricher(aliases)).property());
    }

    @Test
    void onlyTheConfiguredTypes() {
        Config places = new Config();
        places.types = new String[] {"location"};
        Enrichment e = enricher(places).enrich(article("a1", "Angela Merkel met Emmanuel Macron in Paris on Tuesday.", null));
        assertEquals(1, e.mentions.size());
        assertEquals("location:paris", e.mentions.get(0).entityId);
    }

    @Test
    void truncationAndDroppedMentionsAreNoted() {
        Config small = new Config();
        small.maxTextLength = 40;
        small.maxMentions = 1;
        Enrichment e = enricher(small).enrich(article("a1", "Angela Merkel met Emmanuel Macron in Paris on Tuesday.", null));
        assertEquals(1, e.mentions.size());
        assertTrue(e.metadata.get("entities.truncated").startsWith("tagged the first"), e.metadata.toString());
        assertTrue(e.metadata.containsKey("entities.dropped"));
    }

    @Test
    void registryKeepsAliasesCountsAndResolvesASurnameAcrossArticles() {
        EntityEnricher enricher = enricher(new Config());
        MemoryKeyValue kv = new MemoryKeyValue();
        enricher.store = store(kv);
        enricher.enrich(article("a1", "President Donald Trump spoke in Ohio. Trump left.", "2024-05-16"));
        enricher.enrich(article("a2", "Donald J. Trump and Donald Trump are one man.", "2024-05-17"));
        EntityRegistry registry = new EntityRegistry(kv, 50);
        EntityRegistry.Record trump = registry.read("person:donald-trump");
        assertEquals("Donald Trump", trump.name);
        assertEquals(2, trump.articles);
        assertTrue(trump.aliases.contains("Trump"), trump.aliases.toString());
        assertEquals("person:donald-trump", kv.map.get("alias/person/trump"));

        Enrichment later = enricher.enrich(article("a3", "Trump said nothing.", "2024-05-18"));
        Mention m = later.mentions.get(0);
        assertEquals("person:donald-trump", m.entityId);
        assertEquals("Donald Trump", later.entities.get(0).name);
    }

    @Test
    void twoPeopleWithOneSurnameAreNotGuessed() {
        EntityEnricher enricher = enricher(new Config());
        MemoryKeyValue kv = new MemoryKeyValue();
        enricher.store = store(kv);
        enricher.enrich(article("a1", "Boris Johnson met Ann Johnson.", null));
        assertEquals(EntityRegistry.AMBIGUOUS, kv.map.get("alias/person/johnson"));
        Enrichment later = enricher.enrich(article("a2", "Johnson said nothing.", null));
        assertEquals("person:johnson", later.mentions.get(0).entityId);
    }

    @Test
    void aFailingStoreDoesNotFailTheArticle() {
        EntityEnricher enricher = enricher(new Config());
        MemoryKeyValue kv = new MemoryKeyValue();
        kv.failing = true;
        enricher.store = store(kv);
        WARNINGS.clear();
        Enrichment e = enricher.enrich(article("a1", "Angela Merkel visited Paris.", null));
        assertEquals(2, e.mentions.size());
        assertTrue(e.metadata.get("entities.registry").contains("store unreachable"));
        assertEquals(1, WARNINGS.size());
    }
}
