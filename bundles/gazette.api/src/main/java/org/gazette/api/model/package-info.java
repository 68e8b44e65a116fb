/**
 * The data that flows through Gazette: {@link org.gazette.api.model.SourceItem},
 * {@link org.gazette.api.model.Document}, {@link org.gazette.api.model.Article} and what enrichers
 * add to it. These are OSGi data transfer objects: public fields, no behaviour, serialisable as
 * JSON with the field names as they are. Dates and times are ISO-8601 strings with an offset
 * ({@code 2023-09-14T12:00:00+02:00}), or a date alone ({@code 2023-09-14}) when no time is known.
 * New fields are added in minor versions; field names never change within a major version.
 */
@Export
@Version("1.1.0")
package org.gazette.api.model;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
