package org.gazette.source.sitemap.impl;

import org.gazette.testkit.Configs;

/** {@link SitemapSource.Config} as DS injects it: the annotation's defaults, changed by the properties given. */
final class TestConfig {

    private TestConfig() {
    }

    /**
     * @param url the sitemap or robots.txt
     * @param properties further properties, name and value alternating, named as in ConfigAdmin
     * @return the configuration
     */
    static SitemapSource.Config of(String url, Object... properties) {
        return Configs.of(SitemapSource.Config.class, "url", url, properties);
    }
}
