package org.gazette.benchmarks.eval;

import java.util.List;

/**
 * An article extractor under evaluation: page bytes in, text and metadata out.
 */
interface Extractor {

    /**
     * What an extractor found on a page.
     *
     * @param title the headline, or {@code null}
     * @param authors the author names (one entry may hold several, "A and B"), never {@code null}
     * @param published the publication date (ISO-8601), or {@code null}
     * @param text the body text, paragraphs separated by a blank line, or {@code null}
     * @param note a short note for diagnosis (which container the text came from), or {@code null}
     */
    record Extracted(String title, List<String> authors, String published, String text, String note) {
    }

    /** @return the name shown in reports */
    String name();

    /** @return whether the extractor looks for a publication date at all */
    boolean findsDates();

    /**
     * @param url the page URL
     * @param html the page bytes (any charset; the extractor decodes them)
     * @return what it found
     * @throws Exception when the extractor fails on the page
     */
    Extracted extract(String url, byte[] html) throws Exception;
}
