package org.gazette.launcher;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/** The framework properties of a runtime: defaults, then conf/gazette.properties, then fixed paths. */
final class FrameworkProperties {

    private FrameworkProperties() {
    }

    static Map<String, String> of(Home h, boolean interactive, Map<String, String> overrides) throws IOException {
        Map<String, String> p = new HashMap<>();
        p.put("org.osgi.framework.storage.clean", "onFirstInit");
        p.put("org.osgi.service.log.admin.loglevel", "INFO");
        p.put("felix.fileinstall.poll", "1000");
        p.put("felix.fileinstall.noInitialDelay", "true");
        p.put("felix.fileinstall.bundles.new.start", "true");
        p.put("felix.fileinstall.enableConfigSave", "false");
        p.put("felix.fileinstall.filter", ".*\\.(jar|cfg|config)");
        p.put("felix.fileinstall.log.level", "2");
        p.putAll(h.settings());
        p.putAll(overrides);
        p.put("gazette.home", h.home.toString());
        p.put("gazette.dist", h.dist.toString());
        p.put("org.osgi.framework.storage", h.home.resolve("data/felix-cache").toString());
        p.put("felix.fileinstall.dir", h.home.resolve("deploy").toString());
        p.put("felix.fileinstall.tmpdir", h.home.resolve("data/fileinstall").toString());
        p.put("gosh.home", h.dist.toString());
        p.put("gosh.args", interactive ? "" : "--nointeractive");
        return p;
    }
}
