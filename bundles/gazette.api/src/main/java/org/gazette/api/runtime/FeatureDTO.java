package org.gazette.api.runtime;

import java.util.List;

import org.osgi.dto.DTO;

/**
 * A feature: a named set of bundles and default configurations.
 */
public class FeatureDTO extends DTO {
    /** Name ({@code core}, {@code export-json}). */
    public String name;
    /** What it provides. */
    public String description;
    /** True when installed. */
    public boolean installed;
    /** Features it needs. */
    public List<String> requires;
    /** Its bundles, as Maven coordinates. */
    public List<String> bundles;
    /** PIDs of its default configurations. */
    public List<String> configurations;
}
