/**
 * Services that let operators and tools steer a running Gazette: the {@link org.gazette.api.runtime.Pipeline}
 * (sources, runs, per-stage status) and the {@link org.gazette.api.runtime.FeatureService}. Only Gazette
 * implements them; consoles and integrations call them.
 */
@Export
@Version("1.1.0")
package org.gazette.api.runtime;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
