package org.gazette.export.json.impl;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gazette.api.Exporter;
import org.gazette.api.model.Article;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Exports articles as JSON Lines: one article per line, appended to a file in a folder. A batch
 * is appended with one write and forced to disk before {@link #export} returns. Idempotent per
 * article id: an article whose content hash equals that of its last line in the folder is not
 * written again; a changed article is appended again, and the last line of an id is the one that
 * counts. One instance per factory configuration ({@code deploy/org.gazette.export.json-<name>.cfg}).
 */
@Component(service = Exporter.class, configurationPid = JsonLinesExporter.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = JsonLinesExporter.Config.class, factory = true)
public class JsonLinesExporter implements Exporter {

    /** The factory configuration PID. */
    public static final String PID = "org.gazette.export.json";

    /** Configuration of one JSON Lines export. */
    @ObjectClassDefinition(id = PID, name = "Gazette JSON Lines exporter",
            description = "Appends every exported article as one JSON line to a file in a folder.")
    public @interface Config {
        /** @return the folder written to */
        @AttributeDefinition(name = "Folder", description = "Folder the .jsonl files are written to; created when"
                + " missing. A relative path is resolved against the working directory. Required.")
        String folder();

        /** @return the file name pattern */
        @AttributeDefinition(name = "File name", description = "Name of the file articles are appended to, ending"
                + " with .jsonl, without path separators. {date} is replaced by the UTC date of the write (yyyy-MM-dd).")
        String fileName() default "articles-{date}.jsonl";

        /** @return whether each batch is forced to the storage device */
        @AttributeDefinition(name = "Sync to disk", description = "Force every batch to the storage device before"
                + " the export returns (fsync). Turn off only for throwaway exports.")
        boolean fsync() default true;
    }

    private final Settings settings;
    private final Logger logger;
    private final Clock clock;
    private final ArticleJson json = new ArticleJson();
    private final ExportIndex index = new ExportIndex();
    private final AppendFile file;
    private final long repairedAtStart;

    /**
     * @param config the configuration
     * @param logger where repairs and unreadable lines are reported
     * @throws org.gazette.support.InvalidPropertyException naming the property when the configuration is unusable
     * @throws IOException when the folder's files cannot be read or repaired
     */
    @Activate
    public JsonLinesExporter(Config config, @Reference(name = "logger", service = LoggerFactory.class) Logger logger) throws IOException {
        this(config, logger, Clock.systemUTC());
    }

    JsonLinesExporter(Config config, Logger logger, Clock clock) throws IOException {
        this.settings = Settings.of(config);
        this.logger = logger;
        this.clock = clock;
        this.file = new AppendFile(settings.fsync());
        List<Path> files = jsonlFiles(settings.folder());
        long repaired = 0;
        for (Path f : files) {
            long cut = TailRepair.repair(f);
            if (cut > 0) {
                logger.warn("{}: removed {} bytes of an incomplete last line left by an interrupted write", f, cut);
            }
            repaired += cut;
        }
        this.repairedAtStart = repaired;
        index.load(files);
        if (index.malformed() > 0) {
            logger.warn("{}: skipped {} unreadable lines while reading exported ids", settings.folder(), index.malformed());
        }
        logger.info("JSON Lines export to {}: {} articles already exported in {} files", settings.folder(),
                index.size(), files.size());
    }

    @Override
    public synchronized void export(List<Article> articles) throws IOException {
        for (Article article : articles) {
            if (article == null || article.id == null || article.id.isBlank()) {
                throw new IllegalArgumentException("cannot export an article without an id");
            }
        }
        ByteArrayOutputStream batch = new ByteArrayOutputStream();
        Map<String, String> written = new LinkedHashMap<>();
        for (Article article : articles) {
            ArticleJson.Line line = json.encode(article);
            String previous = written.get(article.id);
            boolean current = previous != null ? previous.equals(line.contentHash())
                    : index.isCurrent(article.id, line.contentHash());
            if (!current) {
                batch.writeBytes(line.line());
                written.put(article.id, line.contentHash());
            }
        }
        if (batch.size() == 0) {
            return;
        }
        file.append(settings.file(LocalDate.now(clock)), batch.toByteArray());
        written.forEach(index::put);
    }

    /**
     * Closes the open file.
     *
     * @throws IOException when closing fails
     */
    @Deactivate
    synchronized void deactivate() throws IOException {
        file.close();
    }

    /** @return bytes of incomplete last lines cut off, at activation and when files were reopened */
    synchronized long repairedBytes() {
        return repairedAtStart + file.repairedBytes();
    }

    /** @return lines of the folder's files that could not be read at activation */
    synchronized int malformedLines() {
        return index.malformed();
    }

    /** @return how many article ids the folder holds */
    synchronized int knownArticles() {
        return index.size();
    }

    private static List<Path> jsonlFiles(Path folder) throws IOException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, "*.jsonl")) {
            for (Path f : stream) {
                if (Files.isRegularFile(f)) {
                    files.add(f);
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        files.sort(null);
        return files;
    }
}
