package org.gazette.example.source;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import org.gazette.api.Source;
import org.gazette.api.SourceContext;
import org.gazette.api.SourceState;
import org.gazette.api.StageProperties;
import org.gazette.api.model.SourceItem;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * An example {@link Source} to copy: it makes up its own news articles (no network) and emits each
 * one once, using the source state to remember what it already sent.
 *
 * <p>How the engine finds it: this class is a Declarative Services component that provides the
 * {@link Source} service. The engine tracks every {@code Source} in the service registry, reads the
 * service properties {@code gazette.source.id}, {@code gazette.source.kind} and
 * {@code gazette.source.interval}, and calls {@link #poll} on that schedule.
 */
@Component(
        // the service the engine looks for
        service = Source.class,
        // deploy/org.gazette.example.source.cfg configures this component ...
        configurationPid = ExampleSource.PID,
        // ... but it also runs without any configuration, using the defaults of Config
        configurationPolicy = ConfigurationPolicy.OPTIONAL,
        // fixed service properties: the id under which operators see this source, and its kind.
        // Config's defaults (count, gazette.source.interval) become service properties as well.
        property = {
            StageProperties.SOURCE_ID + "=example",
            StageProperties.SOURCE_KIND + "=example"
        })
@Designate(ocd = ExampleSource.Config.class)
public class ExampleSource implements Source {

    /** The configuration PID: {@code deploy/org.gazette.example.source.cfg}. */
    public static final String PID = "org.gazette.example.source";

    /** The base of the URLs of the items; a URL identifies an item, so each must be unique. */
    public static final String BASE_URL = "https://news.example/gazette-example/";

    /**
     * The configuration. Each method is a property; DS turns {@code _} into {@code .} in names, so
     * {@code gazette_source_interval} is the property {@code gazette.source.interval}. Metatype
     * lets consoles show a form with these names, descriptions and defaults.
     */
    @ObjectClassDefinition(name = "Gazette example source",
            description = "Emits a few made-up news articles, each once. A template for integrators.")
    public @interface Config {

        @AttributeDefinition(name = "Articles", min = "0", max = "100",
                description = "How many articles the source offers (0 to 100). Each is emitted once.")
        int count() default 3;

        @AttributeDefinition(name = "Poll interval",
                description = "How often the engine polls: 30s, 5m, 2h, 1d or ISO-8601 (PT5M); 0: only when run by hand.")
        String gazette_source_interval() default "30s";
    }

    private final int count;

    /**
     * Called by DS with the configuration (or the defaults). Check every value here: an exception
     * stops the component, and the console shows the message, so name the property in it.
     *
     * @param config the configuration
     * @throws IllegalArgumentException when {@code count} is out of range
     */
    @Activate
    public ExampleSource(Config config) {
        // gazette.support has InvalidPropertyException and Durations/Sizes parsers for this;
        // the example keeps to the API alone and writes the message in the same form.
        if (config.count() < 0 || config.count() > 100) {
            throw new IllegalArgumentException("invalid configuration property 'count': "
                    + config.count() + " is not between 0 and 100");
        }
        this.count = config.count();
    }

    /**
     * Emits every article not emitted before. The engine never runs two polls of one source at
     * the same time, and saves the state changes when this method returns normally.
     */
    @Override
    public void poll(SourceContext context) throws InterruptedException {
        SourceState state = context.state();
        Set<String> offered = new HashSet<>();

        for (int n = 1; n <= count; n++) {
            // Step 1: stop promptly when the engine cancels the poll (timeout, shutdown).
            if (context.isCancelled()) {
                return;
            }

            // Step 2: find the item. A real source would read a feed or call an API here; an item
            // it cannot read would be reported with context.reject(url, reason) and skipped.
            ExampleArticle article = ExampleArticle.number(n);
            String url = BASE_URL + n;
            offered.add(url);
            byte[] content = article.html().getBytes(StandardCharsets.UTF_8);

            // Step 3: skip what was already sent. The state keeps one key per item (its URL) with a
            // fingerprint of what was sent; an item that changes gets a new fingerprint and is sent again.
            String fingerprint = sha256(content);
            if (fingerprint.equals(state.get(url))) {
                continue;
            }

            // Step 4: emit. The content is inline, so nothing is fetched; the hints help the parser.
            SourceItem item = new SourceItem();
            item.url = url;
            item.content = content;
            item.mediaType = "text/html";
            item.charset = "UTF-8";
            item.title = article.title();
            item.summary = article.summary();
            item.published = article.published();
            item.authors = List.of(article.author());
            item.language = "en";
            // emit blocks while the pipeline is full; false means the poll was cancelled: stop.
            if (!context.emit(item)) {
                return;
            }

            // Step 5: remember the item only after the engine took it.
            state.put(url, fingerprint);
        }

        // Step 6: forget items this source no longer offers, so the state does not grow forever.
        for (String key : state.keys()) {
            if (!offered.contains(key)) {
                state.remove(key);
            }
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
