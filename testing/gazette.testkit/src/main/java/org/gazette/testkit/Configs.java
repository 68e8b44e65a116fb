package org.gazette.testkit;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.osgi.util.converter.Converters;

/**
 * A component's configuration as Declarative Services would inject it: the properties given, by
 * the names ConfigAdmin uses ({@code "gazette.source.interval"} for the method
 * {@code gazette_source_interval()}), and the annotation's own defaults for the rest. Tests thus
 * never copy a default that could drift from the component's, and a misspelt property fails at
 * once instead of being ignored.
 */
public final class Configs {

    private Configs() {
    }

    /**
     * @param type the component's configuration annotation
     * @param properties property names and values, alternating; values are converted to the method's
     *        type as DS converts them ({@code "5"} to {@code int}, a list to {@code String[]})
     * @param <A> the annotation type
     * @return the configuration
     * @throws IllegalArgumentException when a name is not a property of the type, or the pairs are odd
     */
    public static <A extends Annotation> A of(Class<A> type, Object... properties) {
        if (properties.length % 2 != 0) {
            throw new IllegalArgumentException("properties come in name-value pairs; " + properties.length + " given");
        }
        Set<String> known = propertyNames(type);
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < properties.length; i += 2) {
            String name = String.valueOf(properties[i]);
            if (!known.contains(name)) {
                throw new IllegalArgumentException(type.getSimpleName() + " has no property '" + name + "'; it has " + known);
            }
            map.put(name, properties[i + 1]);
        }
        return Converters.standardConverter().convert(map).to(type);
    }

    /**
     * {@link #of(Class, Object...)} with one property ahead of the rest: the one every test of a
     * component sets, such as a source's URL.
     *
     * @param type the component's configuration annotation
     * @param name the first property's name
     * @param value its value
     * @param properties the other properties, name and value alternating
     * @param <A> the annotation type
     * @return the configuration
     */
    public static <A extends Annotation> A of(Class<A> type, String name, Object value, Object[] properties) {
        Object[] all = new Object[properties.length + 2];
        all[0] = name;
        all[1] = value;
        System.arraycopy(properties, 0, all, 2, properties.length);
        return of(type, all);
    }

    /** The DS property names of an annotation's methods: {@code _} becomes {@code .}, {@code __} stays one {@code _}. */
    private static Set<String> propertyNames(Class<? extends Annotation> type) {
        Set<String> names = new TreeSet<>();
        for (Method m : type.getDeclaredMethods()) {
            names.add(m.getName().replace("__", "\u0000").replace('_', '.').replace('\u0000', '_'));
        }
        return names;
    }
}
