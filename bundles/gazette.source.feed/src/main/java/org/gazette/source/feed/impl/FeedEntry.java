package org.gazette.source.feed.impl;

import java.util.List;

/**
 * One item (RSS) or entry (Atom) of a feed, with its link already resolved.
 *
 * @param position its 1-based position in the feed, for messages
 * @param id the RSS {@code guid}, Atom {@code id} or RDF {@code rdf:about}, or {@code null}
 * @param link the absolute http(s) URL of the article, or {@code null} when there is none usable
 * @param linkProblem why there is no usable link, when {@code link} is {@code null}
 * @param title the title as plain text, or {@code null}
 * @param summary the description or summary as plain text, or {@code null}
 * @param authors the authors' names, possibly empty
 * @param published the publication (else update) date as ISO 8601 with offset, or {@code null}
 * @param language the entry's own language, or {@code null}
 * @param categories categories and subjects, possibly empty
 */
record FeedEntry(int position, String id, String link, String linkProblem, String title, String summary,
        List<String> authors, String published, String language, List<String> categories) {

    /** @return what identifies the entry across polls: its id, else its link; {@code null} when it has neither */
    String identity() {
        return id != null ? id : link;
    }

    /** @return how operators can find the entry: its link, id, or position */
    String label(String feedUrl) {
        if (link != null) {
            return link;
        }
        if (id != null && (id.startsWith("http://") || id.startsWith("https://"))) {
            return id;
        }
        return feedUrl + "#entry-" + position;
    }
}
