package org.gazette.api.runtime;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Whether the runtime has finished starting: the configured features are installed, every bundle
 * is active and no component is left waiting for a missing service. Registered once start-up has
 * settled (or given up); its service properties {@link #READY} and {@link #PROBLEMS} carry the same
 * answer for callers that cannot load this class (the launcher).
 */
@ProviderType
public interface Readiness {

    /** Service property: {@code Boolean}, true when ready. */
    String READY = "gazette.ready";

    /** Service property: {@code String[]}, what keeps the runtime from being ready, or is broken. */
    String PROBLEMS = "gazette.problems";

    /** @return true when start-up completed without an unsatisfied component or unresolved bundle */
    boolean ready();

    /**
     * @return current problems: unresolved bundles, components with missing references, components
     *         whose activation failed (such as a source with a bad configuration), one line each
     */
    List<String> problems();
}
