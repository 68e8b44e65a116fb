package org.gazette.source.sitemap.impl;

import java.lang.annotation.Annotation;

/** A {@link SitemapSource.Config} with the defaults of the annotation, changed by fluent setters. */
final class TestConfig implements SitemapSource.Config {

    private String url;
    private String interval = "15m";
    private int maxItems;
    private String maxAge = "2d";
    private String maxBytes = "50MB";
    private int maxSitemaps = 20;
    private String timeout = "30s";
    private int remember = 20_000;

    static TestConfig of(String url) {
        TestConfig c = new TestConfig();
        c.url = url;
        return c;
    }

    TestConfig interval(String value) {
        interval = value;
        return this;
    }

    TestConfig maxItems(int value) {
        maxItems = value;
        return this;
    }

    TestConfig maxAge(String value) {
        maxAge = value;
        return this;
    }

    TestConfig maxBytes(String value) {
        maxBytes = value;
        return this;
    }

    TestConfig maxSitemaps(int value) {
        maxSitemaps = value;
        return this;
    }

    TestConfig timeout(String value) {
        timeout = value;
        return this;
    }

    TestConfig remember(int value) {
        remember = value;
        return this;
    }

    @Override
    public String url() {
        return url;
    }

    @Override
    public String gazette_source_interval() {
        return interval;
    }

    @Override
    public boolean gazette_source_adaptive() {
        return false;
    }

    @Override
    public int gazette_source_maxItems() {
        return maxItems;
    }

    @Override
    public String maxAge() {
        return maxAge;
    }

    @Override
    public String maxBytes() {
        return maxBytes;
    }

    @Override
    public int maxSitemaps() {
        return maxSitemaps;
    }

    @Override
    public String timeout() {
        return timeout;
    }

    @Override
    public int remember() {
        return remember;
    }

    @Override
    public Class<? extends Annotation> annotationType() {
        return SitemapSource.Config.class;
    }
}
