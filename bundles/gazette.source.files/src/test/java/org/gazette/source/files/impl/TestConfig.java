package org.gazette.source.files.impl;

import java.lang.annotation.Annotation;
import java.nio.file.Path;

/** A {@link FolderSource.Config} with the defaults of the annotation, changed by fluent setters. */
final class TestConfig implements FolderSource.Config {

    private String folder;
    private String interval = "1m";
    private String[] include = {"*.html", "*.htm", "*.html.gz", "*.txt"};
    private boolean recursive = true;
    private String maxFileSize = "10MB";

    static TestConfig of(Path folder) {
        return new TestConfig().folder(folder.toString());
    }

    TestConfig folder(String value) {
        this.folder = value;
        return this;
    }

    TestConfig interval(String value) {
        this.interval = value;
        return this;
    }

    TestConfig includes(String... value) {
        this.include = value;
        return this;
    }

    TestConfig recursive(boolean value) {
        this.recursive = value;
        return this;
    }

    TestConfig maxFileSize(String value) {
        this.maxFileSize = value;
        return this;
    }

    @Override
    public String folder() {
        return folder;
    }

    @Override
    public String gazette_source_interval() {
        return interval;
    }

    @Override
    public String[] include() {
        return include.clone();
    }

    @Override
    public boolean recursive() {
        return recursive;
    }

    @Override
    public String maxFileSize() {
        return maxFileSize;
    }

    @Override
    public Class<? extends Annotation> annotationType() {
        return FolderSource.Config.class;
    }
}
