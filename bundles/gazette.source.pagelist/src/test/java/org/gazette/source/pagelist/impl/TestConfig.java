package org.gazette.source.pagelist.impl;

import org.gazette.testkit.Configs;

/** {@link PageListSource.Config} as DS injects it: the annotation's defaults, changed by the properties given. */
final class TestConfig {

    private TestConfig() {
    }

    /**
     * @param file the list file
     * @param properties further properties, name and value alternating, named as in ConfigAdmin
     * @return the configuration
     */
    static PageListSource.Config file(String file, Object... properties) {
        return Configs.of(PageListSource.Config.class, "file", file, properties);
    }

    /**
     * @param url the list's address
     * @param properties further properties, name and value alternating, named as in ConfigAdmin
     * @return the configuration
     */
    static PageListSource.Config url(String url, Object... properties) {
        return Configs.of(PageListSource.Config.class, "url", url, properties);
    }
}
