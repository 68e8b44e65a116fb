package org.gazette.enrich.entities.impl;

import java.lang.annotation.Annotation;

/** The entity tagger's configuration with its defaults; tests change fields. */
class TestConfig implements EntityEnricher.Config {
    String[] types = {"PERSON", "ORGANIZATION", "LOCATION", "DATE", "MONEY", "PERCENT"};
    int maxTextLength = 2_000_000;
    int registryArticles = 1000;
    boolean registry = true;

    @Override public Class<? extends Annotation> annotationType() { return EntityEnricher.Config.class; }
    @Override public String[] types() { return types; }
    @Override public int maxTextLength() { return maxTextLength; }
    @Override public int maxMentions() { return 20_000; }
    @Override public boolean nestedPlaces() { return true; }
    @Override public boolean registry() { return registry; }
    @Override public int registryAliases() { return 50; }
    @Override public int registryArticles() { return registryArticles; }
    @Override public int gazette_enricher_order() { return 100; }
}
