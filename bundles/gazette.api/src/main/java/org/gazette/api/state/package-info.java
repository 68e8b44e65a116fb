/**
 * Durable state shared by the stages of one or several Gazette runtimes: what the frontier knows of
 * each URL ({@link org.gazette.api.state.UrlRecord}) and named key-value namespaces
 * ({@link org.gazette.api.state.KeyValue}) for source cursors, entity registries and the like. The
 * default implementation is an embedded database in the Gazette home; configured with a JDBC URL it
 * shares the state through PostgreSQL. Only Gazette implements {@link org.gazette.api.state.StateStore};
 * stages call it.
 */
@Export
@Version("1.0.0")
package org.gazette.api.state;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
