package org.gazette.api.runtime;

import java.util.List;

import org.gazette.api.model.Article;
import org.gazette.api.model.Document;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The running pipeline as operators see it.
 */
@ProviderType
public interface Pipeline {

    /** @return every known source with its schedule and counters, sorted by id */
    List<SourceStatusDTO> sources();

    /**
     * Polls a source now and waits until the items of this poll have passed every stage.
     *
     * @param sourceId the source id
     * @param timeoutMillis how long to wait for the poll and its items
     * @return what happened to the items of this poll
     * @throws IllegalArgumentException when no source has this id
     * @throws InterruptedException when interrupted while waiting
     */
    RunSummaryDTO run(String sourceId, long timeoutMillis) throws InterruptedException;

    /**
     * Stops scheduled polls of a source until {@link #resume}; {@link #run} still works.
     *
     * @param sourceId the source id
     * @throws IllegalArgumentException when no source has this id
     */
    void pause(String sourceId);

    /**
     * Schedules a paused source again.
     *
     * @param sourceId the source id
     * @throws IllegalArgumentException when no source has this id
     */
    void resume(String sourceId);

    /** @return queues, per-stage counters and recent failures */
    PipelineStatusDTO status();

    /**
     * Parses one document with the parser the pipeline would choose for its media type, under the
     * stage timeout, without enrichment or export (for tools such as {@code gazette:extract}).
     *
     * @param document the document; {@link Document#url} and {@link Document#content} are required
     * @return the article, with its id and its parse {@link Article#stages stage result}, whatever its
     *         {@link Article#kind}
     * @throws IllegalArgumentException when no parser accepts the media type
     * @throws Exception the parser's failure, or a timeout, with the reason as message
     */
    Article parse(Document document) throws Exception;

    /**
     * @return the frontier per host: queued, due and in-flight URLs and readiness, sorted by host
     * @since 1.1
     */
    List<HostStatusDTO> frontier();

    /**
     * Passes one URL through the whole pipeline now (fetch, parse, enrich, export), bypassing the
     * frontier's dedup and revisit schedule but not the fetcher's politeness, and waits for it.
     *
     * @param url an absolute URL
     * @param timeoutMillis how long to wait
     * @return the article (if any) and every stage's outcome
     * @throws IllegalArgumentException when the URL is not absolute or no fetcher serves its scheme
     * @throws InterruptedException when interrupted while waiting
     * @since 1.1
     */
    ItemReportDTO fetch(String url, long timeoutMillis) throws InterruptedException;
}
