package org.gazette.api;

/**
 * Service properties the engine reads from stage services. Set them in the component's
 * {@code property} list or, for configurable components, in the configuration (configuration
 * properties become service properties).
 */
public final class StageProperties {

    /**
     * Display name of any stage, shown by the console; defaults to the configuration PID or the
     * component name.
     */
    public static final String NAME = "gazette.name";

    /**
     * Identifier of a {@link Source}, unique in one runtime. When absent the engine uses the name
     * of the factory configuration (the part of {@code service.pid} after {@code ~}, which is the
     * part of the file name after the first {@code -} for a {@code deploy/<factoryPid>-<name>.cfg}),
     * then the component name.
     */
    public static final String SOURCE_ID = "gazette.source.id";

    /** What kind of source this is, for operators ({@code folder}, {@code rss}, ...). */
    public static final String SOURCE_KIND = "gazette.source.kind";

    /**
     * How often the engine polls a {@link Source}: {@code 30s}, {@code 5m}, {@code 2h}, {@code 1d}
     * or an ISO-8601 duration ({@code PT5M}). {@code 0} or absent: only when asked ({@code run}).
     */
    public static final String SOURCE_INTERVAL = "gazette.source.interval";

    /**
     * When {@code true}, the engine adapts a {@link Source}'s poll interval to what it finds: polls
     * that bring URLs the frontier had not seen shorten the next interval (down to a quarter of
     * {@link #SOURCE_INTERVAL}), polls that bring nothing new lengthen it (up to four times).
     *
     * @since 1.1
     */
    public static final String SOURCE_ADAPTIVE = "gazette.source.adaptive";

    /**
     * The most items the engine admits from one poll of a {@link Source} ({@code Integer}); further
     * emits return {@code false} as if the poll were cancelled. Absent or {@code 0}: no limit.
     *
     * @since 1.1
     */
    public static final String SOURCE_MAX_ITEMS = "gazette.source.maxItems";

    /**
     * Media types a {@link Parser} accepts ({@code String} or {@code String[]}, e.g.
     * {@code text/html}); {@code *}{@code /*} accepts anything. Among parsers accepting a document the
     * one with the highest {@code service.ranking} is used.
     */
    public static final String PARSER_TYPES = "gazette.parser.types";

    /** URL schemes a {@link Fetcher} serves ({@code String} or {@code String[]}, e.g. {@code https}). */
    public static final String FETCHER_SCHEMES = "gazette.fetcher.schemes";

    /**
     * Position of an {@link Enricher} in the chain (an integer, lower runs first, default 1000).
     * Enrichers with the same order run by descending {@code service.ranking}.
     */
    public static final String ENRICHER_ORDER = "gazette.enricher.order";

    private StageProperties() {
    }
}
