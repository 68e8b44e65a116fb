package org.gazette.benchmarks.eval;

import java.io.PrintStream;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The readable output: one summary row per extractor, what the columns count, the failures, and
 * the worst pages by body F1 with the start of what was extracted and of the gold. Page text goes
 * to this stream only, never into a file.
 */
final class ConsoleReport {

    private static final String ROW = "%-12s %5s %4s  %5s %5s %5s %6s %6s  %5s %5s  %5s %5s  %5s  %5s %5s  %4s %8s%n";
    private static final int EXCERPT = 100;

    private final PrintStream out;

    /** @param out where to print */
    ConsoleReport(PrintStream out) {
        this.out = out;
    }

    /**
     * @param summaries one per extractor
     */
    void table(List<Summary> summaries) {
        out.printf(Locale.ROOT, ROW, "extractor", "pages", "skip", "P", "R", "F1", "meanF1", "BoW-F1",
                "title", "title", "auth", "auth", "date", "with", "w/out", "fail", "pages/s");
        out.printf(Locale.ROOT, ROW, "", "", "", "shngl", "shngl", "shngl", "shngl", "", "strct", "norm",
                "exact", "any", "", "found", "absnt", "", "");
        for (Summary s : summaries) {
            out.printf(Locale.ROOT, ROW, s.extractor(), s.pages(), s.skipped(), f(s.precision()), f(s.recall()),
                    f(s.f1()), f(s.meanF1()), f(s.bagOfWordsF1()), f(s.titleStrict()), f(s.titleNormalised()),
                    f(s.authorsExact()), f(s.authorsOverlap()), f(s.date()), f(s.withRate()), f(s.withoutRate()),
                    s.failures(), Double.isNaN(s.pagesPerSecond()) ? "n/a" : String.format(Locale.ROOT, "%.1f", s.pagesPerSecond()));
        }
        Summary s = summaries.get(0);
        out.printf(Locale.ROOT, "%nBody: 4-word shingles, P and R averaged over %d pages (%d skipped: no gold main text),"
                + " F1 from the two means; meanF1 = mean of per-page F1; BoW-F1 = upstream's bag-of-words F1.%n",
                s.pages() - s.skipped(), s.skipped());
        out.printf(Locale.ROOT, "Rates over: title %d pages, author %d pages, date %d pages (n/a: extractor finds no"
                + " dates), snippets %d with / %d without. pages/s: extraction wall time, one thread, after a warm-up pass.%n",
                s.titlePages(), s.authorPages(), summaries.stream().mapToInt(Summary::datePages).max().orElse(0),
                s.withTotal(), s.withoutTotal());
    }

    /**
     * @param run a measured pass
     */
    void failures(Evaluator.Run run) {
        List<PageScore> failed = run.pages().stream().filter(p -> p.error() != null).toList();
        if (failed.isEmpty()) {
            return;
        }
        out.printf("%nFailures of %s (%d):%n", run.extractor(), failed.size());
        for (PageScore p : failed) {
            out.printf("  %s  %s  %s%n", p.id(), p.url(), p.error());
        }
    }

    /**
     * @param run a measured pass
     * @param gold the gold main text by page id
     * @param n how many pages to list
     */
    void worst(Evaluator.Run run, Map<String, String> gold, int n) {
        List<PageScore> worst = run.pages().stream().filter(p -> p.body() != null)
                .sorted(Comparator.comparingDouble((PageScore p) -> p.body().f1()).thenComparing(PageScore::id))
                .limit(n).toList();
        if (worst.isEmpty()) {
            return;
        }
        out.printf("%nWorst %d pages of %s by body F1:%n", worst.size(), run.extractor());
        for (PageScore p : worst) {
            out.printf(Locale.ROOT, "  %s  F1 %.3f  P %.3f  R %.3f  %s%n", p.id(), p.body().f1(), p.body().precision(),
                    p.body().recall(), p.url());
            if (p.error() != null) {
                out.printf("        error: %s%n", p.error());
            }
            if (p.extracted() != null && p.extracted().note() != null) {
                out.printf("        note:  %s%n", p.extracted().note());
            }
            out.printf("        ours:  %s%n", excerpt(p.extracted() == null ? null : p.extracted().text()));
            out.printf("        gold:  %s%n", excerpt(gold.get(p.id())));
        }
    }

    static String excerpt(String text) {
        if (text == null || text.isBlank()) {
            return "(nothing)";
        }
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.codePointCount(0, flat.length()) <= EXCERPT ? flat
                : flat.substring(0, flat.offsetByCodePoints(0, EXCERPT)) + "…";
    }

    private static String f(double value) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.3f", value);
    }
}
