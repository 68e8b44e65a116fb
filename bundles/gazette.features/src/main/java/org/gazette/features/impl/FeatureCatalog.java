package org.gazette.features.impl;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonPrimitive;

/**
 * The features of a folder of {@code <name>.json} files, checked: names match files, coordinates
 * are well formed, required features exist and do not form a cycle.
 */
final class FeatureCatalog {
    private final Map<String, Feature> features;

    private FeatureCatalog(Map<String, Feature> features) {
        this.features = features;
    }

    static FeatureCatalog load(Path dir) throws IOException {
        Map<String, Feature> out = new TreeMap<>();
        if (!Files.isDirectory(dir)) {
            throw new IOException("feature folder " + dir + " does not exist");
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.json")) {
            for (Path f : files) {
                Feature feature = read(f);
                out.put(feature.name(), feature);
            }
        }
        FeatureCatalog catalog = new FeatureCatalog(out);
        for (Feature f : out.values()) {
            catalog.closure(f.name());
        }
        return catalog;
    }

    Feature get(String name) {
        Feature f = features.get(name);
        if (f == null) {
            throw new IllegalArgumentException("no feature named '" + name + "'; known: " + features.keySet());
        }
        return f;
    }

    List<Feature> all() {
        return new ArrayList<>(features.values());
    }

    /** The feature and every feature it requires, required ones first. */
    List<Feature> closure(String name) {
        LinkedHashSet<String> order = new LinkedHashSet<>();
        visit(name, new HashSet<>(), order);
        List<Feature> out = new ArrayList<>();
        order.forEach(n -> out.add(get(n)));
        return out;
    }

    private void visit(String name, Set<String> path, LinkedHashSet<String> order) {
        if (!path.add(name)) {
            throw new IllegalArgumentException("features require each other in a cycle: " + path + " -> " + name);
        }
        for (String r : get(name).requires()) {
            visit(r, path, order);
        }
        path.remove(name);
        order.add(name);
    }

    private static Feature read(Path file) throws IOException {
        String expected = file.getFileName().toString().replaceFirst("\\.json$", "");
        JsonObject o;
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            o = new Gson().fromJson(r, JsonObject.class);
        } catch (JsonParseException e) {
            throw new IOException("feature file " + file + " is not valid JSON: " + e.getMessage(), e);
        }
        try {
            String name = o.has("name") ? o.get("name").getAsString() : expected;
            if (!name.equals(expected)) {
                throw new IllegalArgumentException("name '" + name + "' does not match the file name");
            }
            List<Coordinate> bundles = new ArrayList<>();
            for (String b : strings(o.get("bundles"))) {
                bundles.add(Coordinate.parse(b));
            }
            return new Feature(name, o.has("description") ? o.get("description").getAsString() : "",
                    strings(o.get("requires")), List.copyOf(bundles), configurations(o.getAsJsonObject("configurations")));
        } catch (RuntimeException e) {
            throw new IOException("feature file " + file + ": " + e.getMessage(), e);
        }
    }

    private static List<String> strings(JsonElement e) {
        if (e == null || e.isJsonNull()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (JsonElement x : e.getAsJsonArray()) {
            out.add(x.getAsString());
        }
        return List.copyOf(out);
    }

    private static Map<String, Map<String, Object>> configurations(JsonObject o) {
        if (o == null) {
            return Map.of();
        }
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonElement> pid : o.entrySet()) {
            Map<String, Object> props = new LinkedHashMap<>();
            for (Map.Entry<String, JsonElement> p : pid.getValue().getAsJsonObject().entrySet()) {
                props.put(p.getKey(), value(pid.getKey() + "/" + p.getKey(), p.getValue()));
            }
            out.put(pid.getKey(), Collections.unmodifiableMap(props));
        }
        return Collections.unmodifiableMap(out);
    }

    private static Object value(String where, JsonElement e) {
        if (e.isJsonArray()) {
            JsonArray a = e.getAsJsonArray();
            String[] out = new String[a.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = a.get(i).getAsString();
            }
            return out;
        }
        if (!e.isJsonPrimitive()) {
            throw new IllegalArgumentException("configuration value " + where + " must be a string, number, boolean or array");
        }
        JsonPrimitive p = e.getAsJsonPrimitive();
        if (p.isBoolean()) {
            return p.getAsBoolean();
        }
        if (p.isNumber()) {
            String s = p.getAsString();
            return s.contains(".") || s.contains("e") || s.contains("E") ? (Object) p.getAsDouble() : (Object) p.getAsLong();
        }
        return p.getAsString();
    }
}
