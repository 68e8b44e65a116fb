package org.gazette.engine.impl;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

import org.gazette.api.Enricher;
import org.gazette.api.Exporter;
import org.gazette.api.Fetcher;
import org.gazette.api.Parser;
import org.gazette.api.Source;
import org.gazette.api.model.Article;
import org.gazette.api.model.Document;
import org.gazette.api.model.SourceItem;
import org.gazette.api.runtime.HostStatusDTO;
import org.gazette.api.runtime.ItemReportDTO;
import org.gazette.api.runtime.Pipeline;
import org.gazette.api.runtime.PipelineStatusDTO;
import org.gazette.api.runtime.RunSummaryDTO;
import org.gazette.api.runtime.SourceStatusDTO;
import org.gazette.api.state.StateStore;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.SynchronousBundleListener;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The engine: tracks every source, fetcher, parser, enricher and exporter in the service registry
 * and runs the pipeline between them. This class only wires the parts together; each part is its
 * own class.
 */
@Component(service = Pipeline.class, configurationPid = Engine.PID, immediate = true)
@Designate(ocd = EngineConfig.class)
public final class Engine implements Pipeline {
    static final String PID = "org.gazette.engine";
    /** The source id of items fetched on an operator's request. */
    static final String CONSOLE_SOURCE = "console";

    private final Logger log;
    private final EngineSettings settings;
    private final StageSet<Fetcher> fetchers = new StageSet<>("fetch");
    private final StageSet<Parser> parsers = new StageSet<>("parse");
    private final StageSet<Enricher> enrichers = new StageSet<>("enrich");
    private final StageSet<Exporter> exporters = new StageSet<>("export");
    private final SourceStatsTable sourceStats = new SourceStatsTable();
    private final Admission admission;
    private final FailureLog failures;
    private final Sources sources;
    private final Completion completion;
    private final StageCalls calls;
    private final ExportHub exports;
    private final Workers workers;
    private final Spill spill;
    private final ItemProcessor processor;
    private final Frontier frontier;
    private final Parking parking = new Parking();
    private final ScheduledExecutorService maintenance = Executors.newSingleThreadScheduledExecutor(Threads.named("gazette-maintenance"));
    private final AtomicLong emitted = new AtomicLong();
    private final AtomicBoolean quiesced = new AtomicBoolean();
    /** Null when built without OSGi (tests): then nobody listens for the framework stopping. */
    private BundleContext context;

    @Activate
    public Engine(EngineConfig config, BundleContext context, @Reference StateStore store,
            @Reference(service = LoggerFactory.class) Logger log) {
        this(EngineConfigs.settings(config, defaultDataDir(context), !"off".equalsIgnoreCase(context.getProperty("gazette.scheduling"))), store, log);
        this.context = context;
        context.addBundleListener(frameworkStopping);
    }

    /**
     * When the framework begins to stop, before any bundle stops, the engine quiesces: no more polls,
     * no more dispatch, and the items in flight finish while their fetcher, parser and exporters
     * are still there (otherwise a fetcher stopping first would abort a fetch that then runs again
     * at the next start).
     */
    private final SynchronousBundleListener frameworkStopping = event -> {
        if (event.getBundle().getBundleId() == 0 && event.getType() == BundleEvent.STOPPING) {
            quiesce();
        }
    };
    private void quiesce() {
        if (!quiesced.compareAndSet(false, true)) {
            return;
        }
        log.info("stopping: no more polls or fetches; waiting for the items in flight");
        sources.close();
        frontier.drain(); // their records stay QUEUED in the state store: resumed at the next start
        try {
            if (!workers.awaitIdle(settings.shutdownTimeout())) {
                log.warn("items still in flight after {} while the framework stops", settings.shutdownTimeout());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    Engine(EngineSettings settings, StateStore store, Logger log) {
        this.log = log;
        this.settings = settings;
        Path data = settings.dataDir();
        admission = new Admission(settings.queueCapacity(), settings.maxQueuedBytes());
        failures = new FailureLog(data.resolve("failed"), log);
        spill = new Spill(data.resolve("spill"));
        calls = new StageCalls(Math.max(16, settings.workers() * 4 + 8));
        completion = new Completion(admission, failures, sourceStats);
        workers = new Workers(completion, log);
        sources = new Sources(settings, sourceStats, new Poller(settings, new CursorStore(store.namespace(CursorStore.NAMESPACE)), this::admit, failures, log), log);
        exports = new ExportHub(settings, calls, exporters, completion, failures, log);
        processor = new ItemProcessor(settings, fetchers, parsers, enrichers, calls, exports, completion, workers::requeue, parking,
                new ItemProcessor.FetchEvents() {
                    @Override
                    public void fetched(Item item) {
                        frontier.fetched(item);
                    }

                    @Override
                    public void retry(Item item, long delayMillis, boolean attempted) {
                        frontier.retry(item, delayMillis, attempted);
                    }
                });
        frontier = new Frontier(store, settings, this::readyIn, workers::submit,
                () -> settings.workers() * 2 - workers.queued() - workers.busy(), log);
        completion.onUrlDone(frontier::done);
        workers.onIdle(frontier::poke);
        workers.start(settings.workers(), processor);
        frontier.start();
        maintenance.scheduleWithFixedDelay(this::retryExpiredParked, 1, 1, TimeUnit.SECONDS);
        restoreSpilled();
        log.info("engine started: {} workers, data in {}", settings.workers(), data);
    }

    private static Path defaultDataDir(BundleContext context) {
        String home = context.getProperty("gazette.home");
        return home != null ? Path.of(home, "data") : context.getDataFile("").toPath();
    }

    private Frontier.Admit admit(Item item, BooleanSupplier cancelled) throws InterruptedException {
        if (item.source.content == null) {
            Frontier.Admit admit = frontier.offer(item, cancelled);
            if (admit == Frontier.Admit.NEW || admit == Frontier.Admit.REVISIT) {
                emitted.incrementAndGet();
            }
            return admit;
        }
        if (!admission.acquire(item.bytes, cancelled)) {
            return Frontier.Admit.REFUSED;
        }
        emitted.incrementAndGet();
        workers.submit(item);
        return Frontier.Admit.NEW;
    }


    /** How long until the fetcher for this URL's scheme is ready for its host; 0 when none is known yet. */
    private long readyIn(String url) {
        int colon = url.indexOf(':');
        Stage<Fetcher> f = processor.fetcherFor(colon > 0 ? url.substring(0, colon) : "");
        if (f == null) {
            return 0L;
        }
        try {
            return Math.max(0L, f.service.readyIn(url));
        } catch (RuntimeException e) {
            return 0L;
        }
    }

    private void restoreSpilled() {
        try {
            List<String> problems = new ArrayList<>();
            List<Spill.Entry> entries = spill.takeAll(problems);
            problems.forEach(p -> log.error("spilled item lost: {}", p));
            for (Spill.Entry e : entries) {
                Item item = new Item(e.sourceId(), e.item(), new PollTicket(e.sourceId()));
                if (item.source.content == null) {
                    try {
                        frontier.offer(item, () -> true); // usually known: resumed from the state store
                    } catch (InterruptedException ie) {
                        Thread.currentThread().interrupt();
                        return;
                    } catch (IllegalArgumentException bad) {
                        log.error("spilled item {} lost: {}", item.source.url, bad.getMessage());
                    }
                    continue;
                }
                admission.force(item.bytes);
                emitted.incrementAndGet();
                workers.submit(item);
            }
            if (!entries.isEmpty()) {
                log.info("resumed {} items spilled at the last shutdown", entries.size());
            }
        } catch (IOException e) {
            log.error("cannot read spilled items: {}", e.toString());
        }
    }

    /** Parked items that waited long enough go through once more and fail with their reason. */
    private void retryExpiredParked() {
        parking.expired(System.nanoTime(), settings.stageWait().toNanos()).forEach(workers::submit);
    }

    private void releaseParked() {
        parking.releaseAll().forEach(workers::submit);
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        if (context != null) {
            try {
                context.removeBundleListener(frameworkStopping);
            } catch (IllegalStateException stopping) {
                // the bundle context is already invalid: nothing to remove
            }
        }
        maintenance.shutdownNow();
        quiesce();
        boolean drained = workers.awaitIdle(Duration.ZERO.plusMillis(1));
        List<Item> left = workers.stop();
        left.addAll(exports.takeHeld());
        left.addAll(parking.releaseAll());
        exports.close(settings.exportTimeout());
        calls.close();
        left.removeIf(item -> item.frontier() != null); // QUEUED in the state store: the frontier resumes them
        try {
            spill.write(left);
        } catch (IOException e) {
            log.error("cannot spill {} items: {}", left.size(), e.toString());
        }
        log.info("engine stopped{}; {} items spilled for the next start", drained ? "" : " before the queue drained", left.size());
    }

    // --- the whiteboard ---

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY, updated = "updatedSource")
    void addSource(Source s, Map<String, Object> props) {
        sources.add(s, props);
    }

    void updatedSource(Source s, Map<String, Object> props) throws InterruptedException {
        sources.remove(s);
        sources.add(s, props);
    }

    void removeSource(Source s) throws InterruptedException {
        sources.remove(s);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void addFetcher(Fetcher f, Map<String, Object> props) {
        fetchers.add(f, props);
        releaseParked();
        if (frontier != null) {
            frontier.poke();
        }
    }

    void removeFetcher(Fetcher f) throws InterruptedException {
        leave(fetchers.remove(f));
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void addParser(Parser p, Map<String, Object> props) {
        parsers.add(p, props);
        releaseParked();
    }

    void removeParser(Parser p) throws InterruptedException {
        leave(parsers.remove(p));
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void addEnricher(Enricher e, Map<String, Object> props) {
        enrichers.add(e, props);
    }

    void removeEnricher(Enricher e) throws InterruptedException {
        leave(enrichers.remove(e));
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void addExporter(Exporter e, Map<String, Object> props) {
        exports.add(e, props);
    }

    void removeExporter(Exporter e) throws InterruptedException {
        exports.remove(e);
    }

    /** Lets calls already inside a leaving stage finish while its service is still active. */
    private void leave(Stage<?> stage) throws InterruptedException {
        if (stage != null && !stage.awaitIdle(settings.stageTimeout())) {
            log.warn("{} left with calls still running; their items go back to the queue", stage);
        }
    }

    // --- Pipeline ---

    @Override
    public List<SourceStatusDTO> sources() {
        return sources.status();
    }

    @Override
    public RunSummaryDTO run(String sourceId, long timeoutMillis) throws InterruptedException {
        PollTicket ticket = sources.runNow(sourceId);
        ticket.await(timeoutMillis);
        return ticket.summary();
    }

    @Override
    public void pause(String sourceId) {
        sources.pause(sourceId, true);
    }

    @Override
    public void resume(String sourceId) {
        sources.pause(sourceId, false);
    }

    @Override
    public Article parse(Document document) throws Exception {
        if (document == null || document.url == null || document.content == null) {
            throw new IllegalArgumentException("a document needs a url and content");
        }
        if (document.content.length > settings.maxItemBytes()) {
            throw new IllegalArgumentException("document has " + document.content.length
                    + " bytes, more than the engine's maxItemSize of " + settings.maxItemBytes());
        }
        if (document.fetched == null) {
            document.fetched = Clock.now();
        }
        return processor.parseOnly(document);
    }

    @Override
    public PipelineStatusDTO status() {
        PipelineStatusDTO dto = new PipelineStatusDTO();
        dto.queued = workers.queued() + frontier.waiting();
        dto.inFlight = workers.busy();
        dto.waiting = parking.size();
        dto.held = exports.held();
        dto.emitted = emitted.get();
        dto.ok = completion.ok.get();
        dto.skipped = completion.skipped.get();
        dto.failed = completion.failed.get() + sourceStats.totalRejected();
        dto.stages = new ArrayList<>();
        dto.stages.addAll(fetchers.status());
        dto.stages.addAll(parsers.status());
        dto.stages.addAll(enrichers.status());
        dto.stages.addAll(exporters.status());
        dto.recentFailures = failures.recent();
        return dto;
    }

    @Override
    public List<HostStatusDTO> frontier() {
        return frontier.status();
    }

    @Override
    public ItemReportDTO fetch(String url, long timeoutMillis) throws InterruptedException {
        SourceItem source = new SourceItem();
        source.url = url;
        String normalised = UrlNormalizer.normalize(url);
        String scheme = normalised.substring(0, normalised.indexOf(':'));
        if (processor.fetcherFor(scheme) == null) {
            throw new IllegalArgumentException("no fetcher for URL scheme '" + scheme + "' (is the fetch feature installed?)");
        }
        PollTicket ticket = new PollTicket(CONSOLE_SOURCE);
        Item item = new Item(CONSOLE_SOURCE, source, ticket);
        ticket.emitted();
        ticket.pollDone(null);
        frontier.force(item);
        ticket.await(timeoutMillis);
        ItemReportDTO report = new ItemReportDTO();
        report.url = url;
        report.normalisedUrl = item.source.url;
        report.article = item.article();
        report.stages = item.stages();
        return report;
    }
}
