package org.gazette.source.files.impl;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.gazette.api.Source;
import org.gazette.api.SourceContext;
import org.gazette.api.StageProperties;
import org.gazette.support.Durations;
import org.gazette.support.InvalidPropertyException;
import org.gazette.support.Sizes;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * A {@link Source} that emits the files of a local folder: new and changed HTML and text files,
 * with their content inline. One instance per factory configuration of {@value #PID}; the part of
 * the configuration name after {@code ~} is the source id.
 *
 * <p>All configuration is checked here, so that a bad value stops the component with an
 * {@link InvalidPropertyException} naming the property. Polling is done by {@link FolderPoll}.
 */
@Component(
        configurationPid = FolderSource.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE,
        service = Source.class,
        // bnd also writes the Config defaults as component properties, so the engine sees
        // gazette.source.interval=1m when the configuration does not set it
        property = StageProperties.SOURCE_KIND + "=folder")
@Designate(ocd = FolderSource.Config.class, factory = true)
public class FolderSource implements Source {

    /** The factory configuration PID. */
    public static final String PID = "org.gazette.source.files";

    static final String DEFAULT_INTERVAL = "1m";

    /** Largest accepted {@code maxFileSize}: a file's content is held in memory as one array. */
    static final long MAX_FILE_SIZE_LIMIT = 1L << 30;

    /** Configuration of one folder source. */
    @ObjectClassDefinition(
            name = "Gazette folder source",
            description = "Emits the new and changed HTML and text files of a local folder. One configuration per folder.")
    @interface Config {

        @AttributeDefinition(name = "Folder",
                description = "The directory to read (absolute, or relative to the working directory of the runtime). Required.")
        String folder();

        @AttributeDefinition(name = "Poll interval",
                description = "How often the folder is read: 30s, 5m, 2h, 1d or ISO-8601 (PT5M). 0: only when an operator runs the source.")
        String gazette_source_interval() default DEFAULT_INTERVAL;

        @AttributeDefinition(name = "Include",
                description = "Glob patterns matched against the file name (not the path), ignoring case. Names ending in .gz are decompressed.")
        String[] include() default {"*.html", "*.htm", "*.html.gz", "*.txt"};

        @AttributeDefinition(name = "Recursive",
                description = "Also read the subfolders (symbolic links to folders are never followed).")
        boolean recursive() default true;

        @AttributeDefinition(name = "Largest file",
                description = "Largest file to read, after decompression: 512, 64KB, 10MB, at most 1GB. Larger files are rejected.")
        String maxFileSize() default "10MB";
    }

    private final FolderWalker walker;
    private final BoundedReader reader;

    /**
     * @param config the configuration
     * @throws InvalidPropertyException when a property has a value that cannot be used
     */
    @Activate
    public FolderSource(Config config) {
        Path folder = folder(config.folder());
        Durations.parse(StageProperties.SOURCE_INTERVAL, config.gazette_source_interval());
        IncludePatterns include = IncludePatterns.parse("include", config.include());
        long maxBytes = Sizes.parse("maxFileSize", config.maxFileSize());
        if (maxBytes > MAX_FILE_SIZE_LIMIT) {
            throw new InvalidPropertyException("maxFileSize",
                    "'" + config.maxFileSize() + "' is more than 1GB (files are read into memory)");
        }
        this.walker = new FolderWalker(folder, include, config.recursive());
        this.reader = new BoundedReader(maxBytes, config.maxFileSize().trim());
    }

    @Override
    public void poll(SourceContext context) throws Exception {
        new FolderPoll(walker, reader, context).run();
    }

    private static Path folder(String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidPropertyException("folder", "is required: the directory to read");
        }
        Path path;
        try {
            path = Paths.get(value.trim()).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new InvalidPropertyException("folder", "'" + value + "' is not a valid path: " + e.getReason());
        }
        if (!Files.exists(path)) {
            throw new InvalidPropertyException("folder", "'" + path + "' does not exist");
        }
        if (!Files.isDirectory(path)) {
            throw new InvalidPropertyException("folder", "'" + path + "' is not a directory");
        }
        return path;
    }
}
