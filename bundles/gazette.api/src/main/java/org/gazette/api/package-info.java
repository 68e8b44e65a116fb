/**
 * The stages of the Gazette pipeline, as services an integrator provides: {@link org.gazette.api.Source},
 * {@link org.gazette.api.Fetcher}, {@link org.gazette.api.Parser}, {@link org.gazette.api.Enricher} and
 * {@link org.gazette.api.Exporter}. The engine finds every stage in the service registry (whiteboard
 * pattern) and reads the service properties named in {@link org.gazette.api.StageProperties}.
 */
@Export
@Version("1.2.0")
package org.gazette.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
