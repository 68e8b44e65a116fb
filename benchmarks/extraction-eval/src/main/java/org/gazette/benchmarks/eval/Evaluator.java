package org.gazette.benchmarks.eval;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs an extractor over the samples on one worker thread: a warm-up pass whose results are
 * dropped, then the measured pass, which is scored. Each call is timed on the worker (wall time of
 * the extraction only) and bounded by a timeout; a call that throws or times out is a failure.
 */
final class Evaluator {

    /**
     * The measured pass of one extractor.
     *
     * @param extractor the extractor's name
     * @param findsDates whether it looks for dates
     * @param pages the page scores, in sample order
     */
    record Run(String extractor, boolean findsDates, List<PageScore> pages) {
    }

    private record Outcome(Extractor.Extracted extracted, String error, long nanos) {
    }

    private final long timeoutSeconds;
    private final PrintStream progress;
    private ExecutorService worker = newWorker();

    /**
     * @param timeoutSeconds how long one call may take
     * @param progress where to report progress (standard error)
     */
    Evaluator(long timeoutSeconds, PrintStream progress) {
        this.timeoutSeconds = timeoutSeconds;
        this.progress = progress;
    }

    /**
     * @param extractor the extractor
     * @param samples the pages
     * @return the scores of the measured pass
     */
    Run run(Extractor extractor, List<Corpus.Sample> samples) {
        try {
            progress.printf("%s: warm-up pass over %d pages%n", extractor.name(), samples.size());
            for (Corpus.Sample sample : samples) {
                call(extractor, sample);
            }
            progress.printf("%s: measured pass%n", extractor.name());
            List<PageScore> pages = new ArrayList<>(samples.size());
            for (Corpus.Sample sample : samples) {
                Outcome o = call(extractor, sample);
                pages.add(PageScore.score(sample, o.extracted(), o.error(), o.nanos() / 1e9, extractor.findsDates()));
            }
            return new Run(extractor.name(), extractor.findsDates(), pages);
        } finally {
            worker.shutdownNow();
            worker = newWorker();
        }
    }

    private Outcome call(Extractor extractor, Corpus.Sample sample) {
        String url = sample.gold().url();
        Future<Outcome> future = worker.submit(() -> {
            long start = System.nanoTime();
            try {
                Extractor.Extracted extracted = extractor.extract(url, sample.html());
                return new Outcome(extracted, null, System.nanoTime() - start);
            } catch (Exception | StackOverflowError e) {
                return new Outcome(null, describe(e), System.nanoTime() - start);
            }
        });
        try {
            return future.get(timeoutSeconds, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            worker.shutdownNow();
            worker = newWorker();
            return new Outcome(null, "timed out after " + timeoutSeconds + " s", TimeUnit.SECONDS.toNanos(timeoutSeconds));
        } catch (ExecutionException e) {
            return new Outcome(null, describe(e.getCause()), 0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message.strip().replaceAll("\\s+", " "));
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "extraction-eval-worker");
            t.setDaemon(true);
            return t;
        });
    }
}
