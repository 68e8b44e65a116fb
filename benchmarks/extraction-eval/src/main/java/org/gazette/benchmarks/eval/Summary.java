package org.gazette.benchmarks.eval;

import java.util.List;
import java.util.function.Function;

/**
 * The figures of one extractor over all pages. A rate is {@code NaN} when no page has the gold
 * value it needs (or the extractor does not look for it).
 *
 * @param extractor the extractor's name
 * @param pages pages run
 * @param skipped pages whose gold has no main text (not scored for body and snippets)
 * @param precision mean shingle precision over scored pages
 * @param recall mean shingle recall over scored pages
 * @param f1 2PR/(P+R) of the two means
 * @param meanF1 mean of the per-page shingle F1
 * @param bagOfWordsF1 mean of the per-page bag-of-words F1 (upstream's figure)
 * @param titleStrict share of pages with a gold title whose title equals it after trimming
 * @param titleNormalised the same after normalisation
 * @param titlePages pages with a gold title
 * @param authorsExact share of pages with a gold author whose names equal the gold's as sets
 * @param authorsOverlap share of those sharing at least one name
 * @param authorPages pages with a gold author
 * @param date share of pages with a gold date whose date matches
 * @param datePages pages with a gold date
 * @param withRate share of {@code with} snippets found
 * @param withTotal {@code with} snippets in all
 * @param withoutRate share of {@code without} snippets absent
 * @param withoutTotal {@code without} snippets in all
 * @param failures pages where the extractor threw or timed out
 * @param pagesPerSecond pages per second of extraction wall time, one thread
 */
record Summary(String extractor, int pages, int skipped, double precision, double recall, double f1, double meanF1,
        double bagOfWordsF1, double titleStrict, double titleNormalised, int titlePages, double authorsExact,
        double authorsOverlap, int authorPages, double date, int datePages, double withRate, int withTotal,
        double withoutRate, int withoutTotal, int failures, double pagesPerSecond) {

    /**
     * @param run the measured pass
     * @return its figures
     */
    static Summary of(Evaluator.Run run) {
        List<PageScore> pages = run.pages();
        List<PageScore> scored = pages.stream().filter(p -> p.body() != null).toList();
        double p = mean(scored, s -> s.body().precision());
        double r = mean(scored, s -> s.body().recall());
        int withTotal = pages.stream().mapToInt(PageScore::withTotal).sum();
        int withoutTotal = pages.stream().mapToInt(PageScore::withoutTotal).sum();
        double seconds = pages.stream().mapToDouble(PageScore::seconds).sum();
        return new Summary(run.extractor(), pages.size(), pages.size() - scored.size(), p, r, Overlap.f1(p, r),
                mean(scored, s -> s.body().f1()), mean(scored, s -> s.bagOfWords().f1()),
                rate(pages, PageScore::titleStrict), rate(pages, PageScore::titleNormalised),
                count(pages, PageScore::titleStrict),
                rate(pages, PageScore::authorsExact), rate(pages, PageScore::authorsOverlap),
                count(pages, PageScore::authorsExact),
                rate(pages, PageScore::date), count(pages, PageScore::date),
                ratio(pages.stream().mapToInt(PageScore::withFound).sum(), withTotal), withTotal,
                ratio(pages.stream().mapToInt(PageScore::withoutAbsent).sum(), withoutTotal), withoutTotal,
                (int) pages.stream().filter(s -> s.error() != null).count(),
                seconds > 0 ? pages.size() / seconds : Double.NaN);
    }

    private static double mean(List<PageScore> pages, java.util.function.ToDoubleFunction<PageScore> value) {
        return pages.isEmpty() ? Double.NaN : pages.stream().mapToDouble(value).sum() / pages.size();
    }

    private static int count(List<PageScore> pages, Function<PageScore, Boolean> check) {
        return (int) pages.stream().filter(s -> check.apply(s) != null).count();
    }

    private static double rate(List<PageScore> pages, Function<PageScore, Boolean> check) {
        int hits = (int) pages.stream().filter(s -> Boolean.TRUE.equals(check.apply(s))).count();
        return ratio(hits, count(pages, check));
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? Double.NaN : (double) part / whole;
    }
}
