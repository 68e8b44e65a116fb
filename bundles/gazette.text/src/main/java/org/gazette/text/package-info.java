/**
 * Text helpers that parsers and enrichers share, so that every stage reads bytes, bylines and
 * dates the same way: {@link org.gazette.text.TextDecoding} turns a document's bytes into text
 * (declared charset, byte order mark, a format's own declaration, UTF-8 validity, windows-1252)
 * and rejects binary content; {@link org.gazette.text.Bylines} reads author names from byline
 * text, with the words of {@link org.gazette.text.BylineWords} that every byline rule shares; {@link org.gazette.text.IsoDates} and {@link org.gazette.text.WrittenDates} turn dates
 * as machines and people write them into ISO-8601, numeric ones in the page's
 * {@link org.gazette.text.DateOrder}; {@link org.gazette.text.Months} knows month
 * names in twenty-two languages.
 * <p>
 * Everything here is a pure function or an immutable value: no services, no state.
 */
@Export
@Version("1.5.0")
package org.gazette.text;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
