package org.gazette.parse.html.impl;

import java.util.List;
import java.util.regex.Pattern;

import org.gazette.text.BylineWords;

/**
 * The author that a page gives link previews (Slack, Twitter) as a labelled pair of meta tags,
 * {@code twitter:label1 = "Written by"} and {@code twitter:data1 = "Jane Doe"}, as WordPress SEO
 * plugins print it on every post, in the site's language ("Geschrieben von", "Escrito por",
 * "Écrit par", "Scritto da", "Geschreven door"). Read last: the plugin fills it with the account
 * that posted, which a byline on the page may correct; but a page whose byline is drawn by a
 * script, or which has none, still names its author there.
 */
final class SharingLabelAuthors {
    /** Preview labels come numbered from 1; plugins print two or three. */
    private static final int MAX_LABELS = 4;
    private static final Pattern WRITTEN_BY = Pattern.compile("(?iu)(?:" + BylineWords.WRITTEN_BY_VERB_PATTERN + "|published)\\s+by|author|"
            + BylineWords.WRITTEN_BY_LABEL_PATTERN + "|autor(?:in)?|publicado\\s+por|auteur|autore|skrevet\\s+af|skriven\\s+av|napisane\\s+przez");

    private SharingLabelAuthors() {
    }

    /**
     * @param meta the page's meta tags
     * @return the value labelled as the writer, or {@code null} when the page labels none
     */
    static String writer(MetaTags meta) {
        for (int i = 1; i <= MAX_LABELS; i++) {
            List<String> labels = meta.all("twitter:label" + i);
            List<String> data = meta.all("twitter:data" + i);
            if (!labels.isEmpty() && !data.isEmpty() && WRITTEN_BY.matcher(labels.get(0).strip()).matches()) {
                return data.get(0);
            }
        }
        return null;
    }
}
