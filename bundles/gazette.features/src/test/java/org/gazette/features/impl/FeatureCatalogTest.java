package org.gazette.features.impl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeatureCatalogTest {
    @TempDir
    Path dir;

    private void write(String name, String json) throws IOException {
        Files.writeString(dir.resolve(name + ".json"), json);
    }

    @Test
    void readsFeaturesAndOrdersRequiredOnesFirst() throws IOException {
        write("core", "{\"name\":\"core\",\"description\":\"engine\",\"bundles\":[\"org.gazette:gazette.api:1.0.0\"]}");
        write("web", "{\"requires\":[\"core\"],\"bundles\":[\"org.jsoup:jsoup:1.24.1\"],"
                + "\"configurations\":{\"org.gazette.x~a\":{\"folder\":\"${gazette.home}/out\",\"n\":3,\"on\":true,\"list\":[\"a\",\"b\"]}}}");
        FeatureCatalog c = FeatureCatalog.load(dir);

        assertEquals(List.of("core", "web"), c.closure("web").stream().map(Feature::name).toList());
        Feature web = c.get("web");
        assertEquals("jsoup-1.24.1.jar", web.bundles().get(0).fileName());
        Map<String, Object> cfg = web.configurations().get("org.gazette.x~a");
        assertEquals(3L, cfg.get("n"));
        assertEquals(Boolean.TRUE, cfg.get("on"));
        assertArrayEquals(new String[] {"a", "b"}, (String[]) cfg.get("list"));
        assertEquals("/home/g/out", new FeatureConfigs(null, k -> k.equals("gazette.home") ? "/home/g" : null).interpolate(cfg.get("folder")));
    }

    @Test
    void rejectsBadFilesWithTheFileAndTheProblem() throws IOException {
        write("a", "{\"bundles\":[\"not-a-coordinate\"]}");
        IOException e = assertThrows(IOException.class, () -> FeatureCatalog.load(dir));
        assertTrue(e.getMessage().contains("a.json") && e.getMessage().contains("not-a-coordinate"), e.getMessage());
    }

    @Test
    void rejectsUnknownRequirementsAndCycles() throws IOException {
        write("a", "{\"requires\":[\"b\"]}");
        write("b", "{\"requires\":[\"a\"]}");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> FeatureCatalog.load(dir)).getMessage().contains("cycle"));
        write("b", "{\"requires\":[\"zzz\"]}");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> FeatureCatalog.load(dir)).getMessage().contains("no feature named 'zzz'"));
    }

    @Test
    void unsetVariablesAreAnError() {
        FeatureConfigs configs = new FeatureConfigs(null, k -> null);
        assertThrows(IllegalArgumentException.class, () -> configs.interpolate("${gazette.home}/x"));
    }
}
