package org.gazette.features.impl;

import java.io.IOException;
import java.util.Hashtable;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * Applies a feature's default configurations through Configuration Admin and removes them again.
 * A configuration that already exists (from a file in {@code deploy/} or changed by an operator)
 * is left alone. String values may use {@code ${property}} for framework properties such as
 * {@code gazette.home}.
 */
final class FeatureConfigs {
    /** Marks configurations a feature created, so that removing the feature removes only those. */
    static final String MARKER = "gazette.feature";
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([^}]+)}");
    private final ConfigurationAdmin cm;
    private final UnaryOperator<String> properties;

    FeatureConfigs(ConfigurationAdmin cm, UnaryOperator<String> properties) {
        this.cm = cm;
        this.properties = properties;
    }

    void apply(Feature f) throws IOException {
        for (Map.Entry<String, Map<String, Object>> e : f.configurations().entrySet()) {
            Configuration c = configuration(e.getKey());
            if (c.getProperties() != null) {
                continue;
            }
            Hashtable<String, Object> props = new Hashtable<>();
            e.getValue().forEach((k, v) -> props.put(k, interpolate(v)));
            props.put(MARKER, f.name());
            c.update(props);
        }
    }

    void remove(Feature f) throws IOException {
        try {
            Configuration[] found = cm.listConfigurations("(" + MARKER + "=" + f.name() + ")");
            if (found != null) {
                for (Configuration c : found) {
                    c.delete();
                }
            }
        } catch (InvalidSyntaxException e) {
            throw new IllegalArgumentException("feature name '" + f.name() + "' cannot be used in a filter", e);
        }
    }

    private Configuration configuration(String pid) throws IOException {
        int tilde = pid.indexOf('~');
        return tilde < 0 ? cm.getConfiguration(pid, "?")
                : cm.getFactoryConfiguration(pid.substring(0, tilde), pid.substring(tilde + 1), "?");
    }

    Object interpolate(Object value) {
        if (value instanceof String s) {
            return interpolate(s);
        }
        if (value instanceof String[] a) {
            String[] out = new String[a.length];
            for (int i = 0; i < a.length; i++) {
                out[i] = interpolate(a[i]);
            }
            return out;
        }
        return value;
    }

    private String interpolate(String s) {
        Matcher m = VARIABLE.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String v = properties.apply(m.group(1));
            if (v == null) {
                throw new IllegalArgumentException("configuration value '" + s + "' uses ${" + m.group(1) + "}, which is not set");
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(v));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
