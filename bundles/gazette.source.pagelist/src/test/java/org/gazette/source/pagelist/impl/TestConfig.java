package org.gazette.source.pagelist.impl;

import java.lang.annotation.Annotation;

/** A {@link PageListSource.Config} with the defaults of the annotation, changed by fluent setters. */
final class TestConfig implements PageListSource.Config {

    private String file = "";
    private String url = "";
    private String interval = "10m";
    private int maxItems;
    private String maxBytes = "10MB";
    private String timeout = "30s";

    static TestConfig file(String value) {
        TestConfig c = new TestConfig();
        c.file = value;
        return c;
    }

    static TestConfig url(String value) {
        TestConfig c = new TestConfig();
        c.url = value;
        return c;
    }

    TestConfig andUrl(String value) {
        url = value;
        return this;
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

    @Override
    public String file() {
        return file;
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
    public Class<? extends Annotation> annotationType() {
        return PageListSource.Config.class;
    }
}
