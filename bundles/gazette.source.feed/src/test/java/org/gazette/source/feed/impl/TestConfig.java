package org.gazette.source.feed.impl;

import org.gazette.testkit.Configs;

/** {@link FeedSource.Config} as DS injects it: the annotation's defaults, changed by the properties given. */
final class TestConfig {

    private TestConfig() {
    }

    /**
     * @param url the feed
     * @param properties further properties, name and value alternating, named as in ConfigAdmin
     * @return the configuration
     */
    static FeedSource.Config of(String url, Object... properties) {
        return Configs.of(FeedSource.Config.class, "url", url, properties);
    }
}
