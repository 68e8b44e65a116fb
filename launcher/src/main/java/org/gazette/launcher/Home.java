package org.gazette.launcher;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The folders of one runtime: the distribution (read-only: lib/, system/, repository/, features/,
 * etc/, samples/) and the home (deploy/, conf/, data/, out/, log/), which may be the same folder.
 */
final class Home {
    final Path dist;
    final Path home;

    Home(Path dist, Path home) {
        this.dist = dist.toAbsolutePath().normalize();
        this.home = home.toAbsolutePath().normalize();
    }

    /** Creates the home's folders and gives it a copy of the default configuration on first use. */
    void prepare() throws IOException {
        for (String dir : new String[] {"deploy", "conf", "data", "out", "log"}) {
            Files.createDirectories(home.resolve(dir));
        }
        Path conf = home.resolve("conf/gazette.properties");
        if (!Files.exists(conf)) {
            Files.copy(dist.resolve("conf/gazette.properties"), conf);
        }
    }

    /** The settings of conf/gazette.properties: the distribution's, overridden by the home's. */
    Map<String, String> settings() throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        read(dist.resolve("conf/gazette.properties"), out);
        if (!home.equals(dist)) {
            read(home.resolve("conf/gazette.properties"), out);
        }
        return out;
    }

    private static void read(Path file, Map<String, String> into) throws IOException {
        if (!Files.exists(file)) {
            return;
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        p.stringPropertyNames().forEach(k -> into.put(k, p.getProperty(k).trim()));
    }
}
