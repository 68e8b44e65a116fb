/**
 * Helpers that sources which download a document by URL share: {@link Downloader} brings the
 * bytes of a {@code file:} URL or, through the {@link org.gazette.api.Fetcher} chosen by
 * {@link Fetchers}, of any other URL (conditionally, with the validators of the previous
 * download); {@link SeenSet} remembers in the source state what a source already emitted;
 * {@link SourceProperties} checks the configuration such sources share (URL, polling, size and time limits).
 */
@Export
@Version("1.1.0")
package org.gazette.support.source;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
