package org.gazette.source.files.impl;

import java.nio.file.Path;

import org.gazette.testkit.Configs;

/** {@link FolderSource.Config} as DS injects it: the annotation's defaults, changed by the properties given. */
final class TestConfig {

    private TestConfig() {
    }

    /**
     * @param folder the folder to watch
     * @param properties further properties, name and value alternating, named as in ConfigAdmin
     * @return the configuration
     */
    static FolderSource.Config of(Path folder, Object... properties) {
        return Configs.of(FolderSource.Config.class, "folder", folder.toString(), properties);
    }
}
