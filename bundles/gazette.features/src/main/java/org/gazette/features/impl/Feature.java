package org.gazette.features.impl;

import java.util.List;
import java.util.Map;

/**
 * A feature as its file declares it.
 *
 * @param name the name, equal to the file name without {@code .json}
 * @param description what it provides
 * @param requires names of features it needs
 * @param bundles Maven coordinates {@code groupId:artifactId:version} of its bundles
 * @param configurations default configurations by PID ({@code factoryPid~name} for a factory configuration)
 */
record Feature(String name, String description, List<String> requires, List<Coordinate> bundles,
        Map<String, Map<String, Object>> configurations) {
}
