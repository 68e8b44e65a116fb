package org.gazette.state.impl;

import java.lang.annotation.Annotation;

/** A {@link StateStoreComponent.Config} with the annotation's defaults, changed by fluent setters. */
final class TestConfig implements StateStoreComponent.Config {
    private String url = "";
    private String password = "";
    private int poolSize = 4;
    private String connectTimeout = "10s";

    TestConfig url(String value) {
        url = value;
        return this;
    }

    TestConfig password(String value) {
        password = value;
        return this;
    }

    TestConfig poolSize(int value) {
        poolSize = value;
        return this;
    }

    TestConfig connectTimeout(String value) {
        connectTimeout = value;
        return this;
    }

    @Override
    public Class<? extends Annotation> annotationType() {
        return StateStoreComponent.Config.class;
    }

    @Override
    public String url() {
        return url;
    }

    @Override
    public String user() {
        return "gazette";
    }

    @Override
    public String password() {
        return password;
    }

    @Override
    public int poolSize() {
        return poolSize;
    }

    @Override
    public String connectTimeout() {
        return connectTimeout;
    }

    @Override
    public String acquireTimeout() {
        return "10s";
    }

    @Override
    public String statementTimeout() {
        return "30s";
    }
}
