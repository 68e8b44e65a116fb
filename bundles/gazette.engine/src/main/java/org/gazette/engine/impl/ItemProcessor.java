package org.gazette.engine.impl;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import org.gazette.api.Enricher;
import org.gazette.api.FetchException;
import org.gazette.api.Fetcher;
import org.gazette.api.Parser;
import org.gazette.api.model.Article;
import org.gazette.api.model.Document;
import org.gazette.api.model.Enrichment;
import org.gazette.api.model.FetchRequest;
import org.gazette.api.model.Outcome;
import org.gazette.api.model.PageKind;
import org.gazette.api.model.SourceItem;
import org.gazette.api.state.UrlState;

/**
 * Moves one item through fetch, parse and the enrichers, then hands the article to the exports.
 * A stage that fails ends the item (fetch, parse) or is skipped over (enrich); a stage that left
 * the registry while it was working on the item sends the item back to the queue instead.
 */
final class ItemProcessor {
    /** How often one item may be sent back because its stage left, before it counts as failed. */
    private static final int MAX_REQUEUES = 3;
    /** A safety net: the fetcher decides when its retries are exhausted, but never more attempts than this. */
    private static final int MAX_FETCH_ATTEMPTS = 10;
    private final EngineSettings settings;
    private final StageSet<Fetcher> fetchers;
    private final StageSet<Parser> parsers;
    private final StageSet<Enricher> enrichers;
    private final StageCalls calls;
    private final ExportHub exports;
    private final Completion completion;
    private final Requeue requeue;
    private final Parking parking;
    private final FetchEvents events;

    /** What the frontier hears of the fetches of its items. */
    interface FetchEvents {
        /** The fetch call of a frontier item returned (whatever its outcome). */
        void fetched(Item item);

        /**
         * The item's fetch should be tried again after the delay.
         *
         * @param attempted true when the fetch was tried (it counts against the attempts), false
         *        when the fetcher sent nothing (its host was not ready)
         */
        void retry(Item item, long delayMillis, boolean attempted);
    }

    /** Where an item goes back when its stage left mid-call. */
    interface Requeue {
        void requeue(Item item);
    }

    ItemProcessor(EngineSettings settings, StageSet<Fetcher> fetchers, StageSet<Parser> parsers, StageSet<Enricher> enrichers,
            StageCalls calls, ExportHub exports, Completion completion, Requeue requeue, Parking parking, FetchEvents events) {
        this.settings = settings;
        this.fetchers = fetchers;
        this.parsers = parsers;
        this.enrichers = enrichers;
        this.calls = calls;
        this.exports = exports;
        this.completion = completion;
        this.requeue = requeue;
        this.parking = parking;
        this.events = events;
    }

    void process(Item item) throws InterruptedException {
        int mark = item.stageCount();
        try {
            Document doc = item.document();
            if (doc == null) {
                doc = item.source.content != null ? Documents.inline(item) : fetch(item);
                if (doc == null) {
                    return;
                }
                item.document(doc); // a second round (no parser yet, a stage left) does not fetch again
                mark = item.stageCount(); // and keeps the record of this fetch
            }
            Article article = parse(item, doc);
            if (article == null) {
                return;
            }
            List<Stage<Enricher>> chain = Ordering.enrichers(enrichers.snapshot());
            for (Stage<Enricher> enricher : chain) {
                enrich(item, article, enricher, chain);
            }
            item.article(article);
            item.document(null); // parsed and enriched: the page itself is no longer needed
            article.stages = item.stages();
            exports.submit(item);
        } catch (StageLeft e) {
            if (item.requeue(mark) > MAX_REQUEUES) {
                completion.failed(item, e.stage.kind, e.stage.name, "stage left " + MAX_REQUEUES + " times while working on the item");
            } else {
                requeue.requeue(item);
            }
        }
    }

    private Document fetch(Item item) throws InterruptedException, StageLeft {
        String scheme = scheme(item.source.url);
        Stage<Fetcher> fetcher = fetcherFor(scheme);
        if (fetcher == null) {
            missing(item, "fetch", "no fetcher for URL scheme '" + scheme + "' (is the fetch feature installed?)");
            return null;
        }
        FetchRequest request = Fetches.request(item, settings);
        long t0 = System.nanoTime();
        Document doc;
        try {
            doc = calls.call(fetcher, settings.fetchTimeout().plusSeconds(5), () -> fetcher.service.fetch(request));
        } catch (StageFailure f) {
            fetched(item);
            if (!fetcher.active()) {
                throw new StageLeft(fetcher);
            }
            fetchFailed(item, fetcher, f, micros(t0));
            return null;
        }
        fetched(item);
        if (doc == null) {
            fail(item, fetcher, "returned nothing", micros(t0));
            return null;
        }
        Item.Fetch result = Fetches.result(item, doc);
        item.fetch(result);
        if (result.unchanged()) {
            record(item, fetcher, Outcome.SKIPPED, doc.notModified ? "not modified" : "unchanged since the last fetch", micros(t0));
            completion.skipped(item);
            return null;
        }
        record(item, fetcher, Outcome.OK, null, micros(t0));
        doc.sourceId = item.sourceId;
        doc.item = item.source;
        return doc;
    }

    /** Skips, retries or fails an item whose fetch failed, as the fetcher's {@link FetchException} says. */
    private void fetchFailed(Item item, Stage<Fetcher> fetcher, StageFailure f, long micros) {
        FetchException e = f.getCause() instanceof FetchException fe ? fe : null;
        FetchException.Reason reason = e == null ? FetchException.Reason.OTHER : e.reason();
        switch (reason) {
            case DISALLOWED, UNWANTED -> {
                record(item, fetcher, Outcome.SKIPPED, f.getMessage(), micros);
                item.endState(UrlState.SKIPPED);
                completion.skipped(item);
            }
            case RETRY_LATER -> {
                if (item.frontier() != null && item.attempt() < MAX_FETCH_ATTEMPTS) {
                    fetcher.stats.record(Outcome.SKIPPED, micros, "retry later: " + f.getMessage());
                    events.retry(item, e.retryAfterMillis(), true);
                } else {
                    fail(item, fetcher, f.getMessage(), micros);
                }
            }
            case NOT_READY -> {
                if (item.frontier() != null) {
                    events.retry(item, e.retryAfterMillis(), false); // nothing was sent: not an attempt
                } else {
                    fail(item, fetcher, f.getMessage(), micros);
                }
            }
            default -> fail(item, fetcher, f.getMessage(), micros);
        }
    }

    private void fetched(Item item) {
        if (item.frontier() != null) {
            events.fetched(item);
        }
    }

    Stage<Fetcher> fetcherFor(String scheme) {
        return Ordering.best(fetchers.snapshot(), s -> Ordering.matches(s.properties, org.gazette.api.StageProperties.FETCHER_SCHEMES, scheme));
    }

    /** The parser for a document's media type, or null. */
    Stage<Parser> parserFor(Document doc) {
        String type = mediaType(doc);
        return Ordering.best(parsers.snapshot(), s -> Ordering.matches(s.properties, org.gazette.api.StageProperties.PARSER_TYPES, type));
    }

    static String mediaType(Document doc) {
        return doc.mediaType == null ? "application/octet-stream" : doc.mediaType.toLowerCase(Locale.ROOT);
    }

    /**
     * Parses one document outside the pipeline (no enrichment, no export).
     *
     * @throws IllegalArgumentException when no parser accepts the document
     * @throws StageFailure when the parser failed or timed out
     */
    Article parseOnly(Document doc) throws StageFailure, InterruptedException {
        Stage<Parser> parser = parserFor(doc);
        if (parser == null) {
            throw new IllegalArgumentException("no parser for media type '" + mediaType(doc) + "'");
        }
        SourceItem hints = doc.item != null ? doc.item : new SourceItem();
        hints.url = hints.url != null ? hints.url : doc.url;
        Item item = new Item(doc.sourceId == null ? "extract" : doc.sourceId, hints, new PollTicket("extract"));
        long t0 = System.nanoTime();
        try {
            Article article = calls.call(parser, settings.stageTimeout(), () -> parser.service.parse(doc));
            if (article == null) {
                throw new StageFailure(parser + " returned nothing", null);
            }
            Articles.complete(article, item, doc);
            record(item, parser, Outcome.OK, null, micros(t0));
            article.stages = item.stages();
            return article;
        } catch (StageFailure f) {
            record(item, parser, Outcome.FAILED, f.getMessage(), micros(t0));
            throw f;
        }
    }

    private Article parse(Item item, Document doc) throws InterruptedException, StageLeft {
        String type = mediaType(doc);
        Stage<Parser> parser = parserFor(doc);
        if (parser == null) {
            missing(item, "parse", "no parser for media type '" + type + "'");
            return null;
        }
        Article article = call(item, parser, settings.stageTimeout(), () -> parser.service.parse(doc));
        if (article == null) {
            return null;
        }
        Articles.complete(article, item, doc);
        item.article(article);
        noteCanonical(item, article);
        if (article.kind != PageKind.ARTICLE) {
            item.record("parse", parser.name, Outcome.SKIPPED, "not an article: " + article.kind, 0);
            completion.skipped(item);
            return null;
        }
        return article;
    }

    /** Remembers the page's canonical URL when it differs from the URL fetched, for the frontier. */
    private static void noteCanonical(Item item, Article article) {
        if (item.frontier() == null || article.canonicalUrl == null || article.canonicalUrl.isBlank()) {
            return;
        }
        try {
            String canonical = UrlNormalizer.normalize(article.canonicalUrl);
            if (!canonical.equals(item.source.url)) {
                item.canonicalUrl(canonical);
            }
        } catch (IllegalArgumentException ignored) {
            // a malformed canonical link is the page's problem; the article keeps the URL it was fetched from
        }
    }

    private void enrich(Item item, Article article, Stage<Enricher> enricher, List<Stage<Enricher>> chain)
            throws InterruptedException, StageLeft {
        long t0 = System.nanoTime();
        try {
            Enrichment e = calls.call(enricher, settings.stageTimeout(), () -> enricher.service.enrich(article));
            EnrichmentMerger.merge(article, e, enricher.name, enricher.ranking,
                    tagger -> chain.stream().filter(s -> s.name.equals(tagger)).mapToInt(s -> s.ranking).findFirst().orElse(0));
            record(item, enricher, Outcome.OK, null, micros(t0));
        } catch (StageFailure f) {
            if (!enricher.active()) {
                throw new StageLeft(enricher);
            }
            record(item, enricher, Outcome.FAILED, f.getMessage(), micros(t0));
        } catch (RuntimeException bad) {
            record(item, enricher, Outcome.FAILED, "enrichment could not be merged: " + StageFailure.reason(bad), micros(t0));
        }
    }

    /** Calls a stage that ends the item when it fails; returns null then. */
    private <R> R call(Item item, Stage<?> stage, java.time.Duration timeout, java.util.concurrent.Callable<R> body)
            throws InterruptedException, StageLeft {
        long t0 = System.nanoTime();
        try {
            R result = calls.call(stage, timeout, body);
            if (result == null) {
                fail(item, stage, "returned nothing", micros(t0));
                return null;
            }
            record(item, stage, Outcome.OK, null, micros(t0));
            return result;
        } catch (StageFailure f) {
            if (!stage.active()) {
                throw new StageLeft(stage);
            }
            fail(item, stage, f.getMessage(), micros(t0));
            return null;
        }
    }

    private void fail(Item item, Stage<?> stage, String reason, long micros) {
        record(item, stage, Outcome.FAILED, reason, micros);
        completion.failed(item, stage.kind, stage.name, reason);
    }

    /** Parks an item whose stage is missing, or fails it once it has waited long enough. */
    private void missing(Item item, String stage, String reason) {
        if (item.waitForStage() < settings.stageWait().toNanos()) {
            parking.park(item);
        } else {
            fail(item, stage, "-", reason + " (waited " + settings.stageWait().toSeconds() + " s for one)");
        }
    }

    private void fail(Item item, String stage, String name, String reason) {
        item.record(stage, name, Outcome.FAILED, reason, 0);
        completion.failed(item, stage, name, reason);
    }

    private static void record(Item item, Stage<?> stage, Outcome outcome, String reason, long micros) {
        item.record(stage.kind, stage.name, outcome, reason, micros);
        stage.stats.record(outcome, micros, reason);
    }

    private static long micros(long t0) {
        return (System.nanoTime() - t0) / 1000;
    }

    private static String scheme(String url) {
        try {
            String s = URI.create(url).getScheme();
            return s == null ? "" : s.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            int colon = url.indexOf(':');
            return colon > 0 ? url.substring(0, colon).toLowerCase(Locale.ROOT) : "";
        }
    }

    /** Signals that the stage working on an item left the registry. */
    static final class StageLeft extends Exception {
        private static final long serialVersionUID = 1L;
        final transient Stage<?> stage;

        StageLeft(Stage<?> stage) {
            super(null, null, false, false);
            this.stage = stage;
        }
    }
}
