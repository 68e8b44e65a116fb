package org.gazette.engine.impl;

import java.util.Map;

import org.gazette.api.StageProperties;

/** How the engine names a stage service and a source, from its service properties. */
final class StageNames {

    private StageNames() {
    }

    /** {@code gazette.name}, else {@code service.pid}, else {@code component.name}, else the service id. */
    static String stageName(Map<String, ?> props) {
        for (String key : new String[] {StageProperties.NAME, "service.pid", "component.name"}) {
            String value = first(props.get(key));
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return "service-" + props.get("service.id");
    }

    /**
     * {@code gazette.source.id}, else the factory configuration name (after {@code ~} in
     * {@code service.pid}), else {@code service.pid}, else the component name.
     */
    static String sourceId(Map<String, ?> props) {
        String id = first(props.get(StageProperties.SOURCE_ID));
        if (id != null && !id.isBlank()) {
            return id.trim();
        }
        String pid = first(props.get("service.pid"));
        if (pid != null && !pid.isBlank()) {
            int tilde = pid.indexOf('~');
            return tilde >= 0 ? pid.substring(tilde + 1) : pid;
        }
        String component = first(props.get("component.name"));
        return component != null ? component : "source-" + props.get("service.id");
    }

    static String first(Object value) {
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof String[] a && a.length > 0) {
            return a[0];
        }
        if (value instanceof Iterable<?> it) {
            for (Object o : it) {
                return String.valueOf(o);
            }
        }
        return value == null ? null : String.valueOf(value);
    }

    static String[] all(Object value) {
        if (value == null) {
            return new String[0];
        }
        if (value instanceof String[] a) {
            return a;
        }
        if (value instanceof Iterable<?> it) {
            java.util.List<String> out = new java.util.ArrayList<>();
            it.forEach(o -> out.add(String.valueOf(o)));
            return out.toArray(String[]::new);
        }
        return String.valueOf(value).split("\\s*,\\s*");
    }

    static int intValue(Object value, int fallback) {
        if (value instanceof Number n) {
            return n.intValue();
        }
        if (value != null) {
            try {
                return Integer.parseInt(first(value).trim());
            } catch (NumberFormatException e) {
                return fallback;
            }
        }
        return fallback;
    }
}
