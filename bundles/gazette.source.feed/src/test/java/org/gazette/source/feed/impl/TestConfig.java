package org.gazette.source.feed.impl;

import java.lang.annotation.Annotation;

/** A {@link FeedSource.Config} with the defaults of the annotation, changed by fluent setters. */
final class TestConfig implements FeedSource.Config {

    private String url;
    private String interval = "10m";
    private boolean adaptive;
    private int maxItems;
    private String maxBytes = "5MB";
    private String timeout = "30s";
    private int remember = 2000;
    private int maxElements = 100_000;
    private int maxDepth = 64;

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

    TestConfig maxBytes(String value) {
        maxBytes = value;
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

    TestConfig maxElements(int value) {
        maxElements = value;
        return this;
    }

    TestConfig maxDepth(int value) {
        maxDepth = value;
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
        return adaptive;
    }

    @Override
    public int gazette_source_maxItems() {
        return maxItems;
    }

    @Override
    public String maxBytes() {
        return maxBytes;
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
    public int maxElements() {
        return maxElements;
    }

    @Override
    public int maxDepth() {
        return maxDepth;
    }

    @Override
    public Class<? extends Annotation> annotationType() {
        return FeedSource.Config.class;
    }
}
