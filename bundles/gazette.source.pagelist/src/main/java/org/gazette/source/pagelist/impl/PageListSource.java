package org.gazette.source.pagelist.impl;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import org.gazette.api.Fetcher;
import org.gazette.api.Source;
import org.gazette.api.SourceContext;
import org.gazette.api.StageProperties;
import org.gazette.support.InvalidPropertyException;
import org.gazette.support.source.Downloader;
import org.gazette.support.source.SourceProperties;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * A {@link Source} that emits the URLs listed in a text file or at a URL, one per line, each once.
 * One instance per factory configuration of {@value #PID}.
 */
@Component(
        configurationPid = PageListSource.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE,
        service = Source.class,
        property = StageProperties.SOURCE_KIND + "=pagelist")
@Designate(ocd = PageListSource.Config.class, factory = true)
public class PageListSource implements Source {

    /** The factory configuration PID. */
    public static final String PID = "org.gazette.source.pagelist";

    /** Configuration of one page list source. */
    @ObjectClassDefinition(
            name = "Gazette page list source",
            description = "Emits the URLs listed in a text file or at a URL (one per line, # comments), each once. One configuration per list.")
    @interface Config {

        @AttributeDefinition(name = "List file",
                description = "A local text file of URLs (absolute, or relative to the working directory of the runtime). Set this or url.")
        String file() default "";

        @AttributeDefinition(name = "List URL",
                description = "An http, https or file URL of the list, fetched through the fetcher for its scheme. Set this or file.")
        String url() default "";

        @AttributeDefinition(name = "Poll interval",
                description = "How often the list is read: 30s, 5m, 2h, 1d or ISO-8601 (PT5M). 0: only when an operator runs the source.")
        String gazette_source_interval() default "10m";

        @AttributeDefinition(name = "Items per poll",
                description = "The most URLs admitted from one poll; the rest follow in the next polls. 0: no limit.")
        int gazette_source_maxItems() default 0;

        @AttributeDefinition(name = "Largest list",
                description = "Largest list to read: 64KB, 10MB, at most 1GB. A larger list fails the poll.")
        String maxBytes() default "10MB";

        @AttributeDefinition(name = "Fetch timeout",
                description = "Time allowed to fetch a list given by url, e.g. 30s.")
        String timeout() default "30s";
    }

    /** Fetchers that declare their schemes; used when the list is given by an http(s) url. */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, target = "(" + StageProperties.FETCHER_SCHEMES + "=*)")
    volatile List<Map.Entry<Map<String, Object>, Fetcher>> fetchers = List.of();

    private final PageList list;
    private final Downloader downloader;

    /**
     * @param config the configuration
     * @throws InvalidPropertyException when a property has a value that cannot be used
     */
    @Activate
    public PageListSource(Config config) {
        this.list = list(config.file(), config.url());
        SourceProperties.checkPolling(config.gazette_source_interval(), config.gazette_source_maxItems());
        this.downloader = SourceProperties.downloader(config.maxBytes(), config.timeout(), "a list");
    }

    @Override
    public void poll(SourceContext context) throws Exception {
        new PageListPoll(list, downloader, fetchers, context).run();
    }

    private static PageList list(String file, String url) {
        boolean hasFile = file != null && !file.isBlank();
        boolean hasUrl = url != null && !url.isBlank();
        if (hasFile == hasUrl) {
            throw new InvalidPropertyException(hasFile ? "url" : "file",
                    hasFile ? "set either file or url, not both" : "is required (or url): the list of URLs to read");
        }
        return hasFile ? fromFile(file.trim()) : fromUrl(url.trim());
    }

    private static PageList fromFile(String file) {
        Path path;
        try {
            path = Paths.get(file).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new InvalidPropertyException("file", "'" + file + "' is not a valid path: " + e.getReason());
        }
        if (!Files.exists(path)) {
            throw new InvalidPropertyException("file", "'" + path + "' does not exist");
        }
        if (!Files.isRegularFile(path)) {
            throw new InvalidPropertyException("file", "'" + path + "' is not a file");
        }
        return new PageList(path.toUri(), path.toString());
    }

    private static PageList fromUrl(String url) {
        URI uri = SourceProperties.url("url", url, "the list of URLs to read", "file:///path/to/list.txt");
        return new PageList(uri, uri.toString());
    }
}
