package org.gazette.benchmarks.eval;

import java.util.List;

/**
 * The scores of one extractor on one page. A metric that does not apply to the page (no gold
 * value, or an extractor that does not look for it) is {@code null}.
 *
 * @param id the page id
 * @param url the page URL
 * @param error why the extractor failed, or {@code null}
 * @param seconds wall time of the extraction call
 * @param body shingle precision, recall and F1, or {@code null} when the gold has no main text
 * @param bagOfWords upstream's bag-of-words scores, or {@code null} when the gold has no main text
 * @param titleStrict the title equals the gold after trimming
 * @param titleNormalised the title equals the gold after normalisation
 * @param authorsExact the author names equal the gold's as sets
 * @param authorsOverlap the author names share one with the gold's
 * @param date the date part equals the gold
 * @param withFound how many {@code with} snippets the text contains ({@code withTotal} in all)
 * @param withTotal how many {@code with} snippets the gold has (0 when the body is not scored)
 * @param withoutAbsent how many {@code without} snippets the text does not contain
 * @param withoutTotal how many {@code without} snippets the gold has (0 when the body is not scored)
 * @param extracted what the extractor returned, or {@code null} when it failed
 */
record PageScore(String id, String url, String error, double seconds, Overlap body, Overlap bagOfWords,
        Boolean titleStrict, Boolean titleNormalised, Boolean authorsExact, Boolean authorsOverlap, Boolean date,
        int withFound, int withTotal, int withoutAbsent, int withoutTotal, Extractor.Extracted extracted) {

    /**
     * @param sample the page and its gold
     * @param extracted what the extractor returned, or {@code null} when it failed
     * @param error why it failed, or {@code null}
     * @param seconds how long the call took
     * @param findsDates whether the extractor looks for dates at all
     * @return the scores
     */
    static PageScore score(Corpus.Sample sample, Extractor.Extracted extracted, String error, double seconds,
            boolean findsDates) {
        Gold gold = sample.gold();
        String text = extracted == null ? null : extracted.text();
        String title = extracted == null ? null : extracted.title();
        List<String> authors = extracted == null ? List.of() : extracted.authors();
        String published = extracted == null ? null : extracted.published();

        boolean scored = gold.hasBody();
        Overlap body = scored ? Shingles.score(text, gold.mainContent()) : null;
        Overlap bow = scored ? Shingles.bagOfWords(text, gold.mainContent()) : null;
        boolean hasTitle = gold.title() != null && !gold.title().isBlank();
        boolean hasAuthor = gold.author() != null && !gold.author().isBlank();
        boolean hasDate = findsDates && gold.publishDate() != null && !gold.publishDate().isBlank();
        int withTotal = scored ? gold.with().size() : 0;
        int withoutTotal = scored ? gold.without().size() : 0;
        return new PageScore(sample.id(), gold.url(), error, seconds, body, bow,
                hasTitle ? Metadata.titleStrict(title, gold.title()) : null,
                hasTitle ? Metadata.titleNormalised(title, gold.title()) : null,
                hasAuthor ? Metadata.authorsExact(authors, gold.author()) : null,
                hasAuthor ? Metadata.authorsOverlap(authors, gold.author()) : null,
                hasDate ? Metadata.dateMatches(published, gold.publishDate()) : null,
                scored ? Snippets.found(text, gold.with()) : 0, withTotal,
                scored ? withoutTotal - Snippets.found(text, gold.without()) : 0, withoutTotal,
                extracted);
    }
}
