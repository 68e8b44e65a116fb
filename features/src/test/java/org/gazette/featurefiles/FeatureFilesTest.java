package org.gazette.featurefiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * Checks the packed feature files at build time: every bundle a feature names is in the
 * repository and is an OSGi bundle, every required feature exists, every jar in the repository is
 * used, and the version placeholders were filled in. (That they resolve and start is checked by
 * the launcher's boot test, which installs every feature into a real framework.)
 */
class FeatureFilesTest {
    private static final Path OUT = Path.of("target/classes");
    private static final Map<String, JsonObject> FEATURES = new TreeMap<>();

    @BeforeAll
    static void load() throws IOException {
        try (Stream<Path> files = Files.list(OUT.resolve("features"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                try (Reader r = Files.newBufferedReader(f)) {
                    FEATURES.put(f.getFileName().toString().replace(".json", ""), new Gson().fromJson(r, JsonObject.class));
                }
            }
        }
        assertTrue(FEATURES.keySet().containsAll(List.of("core", "sources", "export-json", "sample", "example")), FEATURES.keySet().toString());
    }

    @Test
    void everyNamedBundleIsInTheRepositoryAndIsABundle() throws IOException {
        for (Map.Entry<String, JsonObject> f : FEATURES.entrySet()) {
            assertEquals(f.getKey(), f.getValue().get("name").getAsString(), "name of " + f.getKey());
            for (String coordinate : list(f.getValue(), "bundles")) {
                assertFalse(coordinate.contains("@"), "unfilled placeholder in " + f.getKey() + ": " + coordinate);
                String[] p = coordinate.split(":");
                assertEquals(3, p.length, coordinate);
                Path jar = OUT.resolve("repository").resolve(p[1] + "-" + p[2] + ".jar");
                assertTrue(Files.isRegularFile(jar), f.getKey() + " names " + coordinate + " but " + jar + " is missing");
                try (JarFile jf = new JarFile(jar.toFile())) {
                    assertNotNull(jf.getManifest().getMainAttributes().getValue("Bundle-SymbolicName"), jar + " is not a bundle");
                }
            }
        }
    }

    @Test
    void requiredFeaturesExistAndEveryRepositoryJarIsUsed() throws IOException {
        Set<String> used = new HashSet<>();
        for (Map.Entry<String, JsonObject> f : FEATURES.entrySet()) {
            for (String r : list(f.getValue(), "requires")) {
                assertTrue(FEATURES.containsKey(r), f.getKey() + " requires unknown feature " + r);
            }
            for (String c : list(f.getValue(), "bundles")) {
                String[] p = c.split(":");
                used.add(p[1] + "-" + p[2] + ".jar");
            }
        }
        try (Stream<Path> jars = Files.list(OUT.resolve("repository"))) {
            List<String> unused = jars.map(j -> j.getFileName().toString()).filter(n -> !used.contains(n)).toList();
            assertTrue(unused.isEmpty(), "jars no feature names: " + unused);
        }
    }

    private static List<String> list(JsonObject o, String key) {
        List<String> out = new ArrayList<>();
        JsonElement e = o.get(key);
        if (e != null) {
            e.getAsJsonArray().forEach(x -> out.add(x.getAsString()));
        }
        return out;
    }
}
