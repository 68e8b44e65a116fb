package org.gazette.source.feed.impl;

import java.util.List;

/**
 * A parsed feed.
 *
 * @param format what it is: {@code RSS 2.0}, {@code RSS 1.0}, {@code RSS 0.90}, {@code Atom 1.0}, ...
 * @param title the channel's or feed's title, or {@code null}
 * @param language the channel's language (RSS {@code language}, {@code dc:language}, Atom
 *        {@code xml:lang}), or {@code null}
 * @param entries the items or entries in document order
 */
record Feed(String format, String title, String language, List<FeedEntry> entries) {
}
