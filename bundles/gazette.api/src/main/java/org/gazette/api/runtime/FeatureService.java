package org.gazette.api.runtime;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Named sets of bundles with their default configurations, installed and removed as one.
 */
@ProviderType
public interface FeatureService {

    /** @return every known feature, sorted by name */
    List<FeatureDTO> features();

    /**
     * Installs and starts a feature's bundles (and the features it requires) and applies its
     * default configurations. Remembered across restarts.
     *
     * @param name the feature name
     * @return the feature after installation
     * @throws IllegalArgumentException when no feature has this name
     * @throws Exception when a bundle could not be installed or started; what was installed is rolled back
     */
    FeatureDTO install(String name) throws Exception;

    /**
     * Stops and uninstalls the feature's bundles that no other installed feature needs and removes
     * its default configurations. Remembered across restarts.
     *
     * @param name the feature name
     * @return the feature after removal
     * @throws IllegalArgumentException when no feature has this name, or an installed feature requires it
     * @throws Exception when a bundle could not be uninstalled
     */
    FeatureDTO uninstall(String name) throws Exception;
}
