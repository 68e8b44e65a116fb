package org.gazette.source.pagelist.impl;

import java.net.URI;

/**
 * Where a page list is read from.
 *
 * @param uri a {@code file:} URI for a local file, else the http(s) URL fetched through a fetcher
 * @param description how operators configured it: the file path or the URL
 */
record PageList(URI uri, String description) {
}
