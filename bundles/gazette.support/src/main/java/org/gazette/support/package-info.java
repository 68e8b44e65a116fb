/**
 * Helpers that stage implementations (ours and integrators') share: reading durations and sizes
 * from configuration with errors that name the offending property.
 */
@Export
@Version("1.1.0")
package org.gazette.support;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
