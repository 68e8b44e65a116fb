package org.gazette.runtime.impl;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.log.LogEntry;
import org.osgi.service.log.LogLevel;
import org.osgi.service.log.LogListener;
import org.osgi.service.log.LogReaderService;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Writes the OSGi log to {@code <gazette.home>/log/gazette.log} (rolled over at a size limit) and
 * warnings and errors also to standard error, one line per entry with its stack trace.
 */
@Component(immediate = true, configurationPid = "org.gazette.runtime.log")
@Designate(ocd = LogWriter.Config.class)
public final class LogWriter implements LogListener {

    /** Configuration. */
    @ObjectClassDefinition(name = "Gazette log file", description = "Where the log goes.")
    public @interface Config {
        @AttributeDefinition(description = "Log file; empty: <gazette.home>/log/gazette.log.")
        String file() default "";

        @AttributeDefinition(description = "Size in bytes at which the file is rolled over to .1.")
        long maxBytes() default 10L << 20;

        @AttributeDefinition(description = "Least level also written to standard error: ERROR, WARN, INFO, DEBUG or NONE.")
        String consoleLevel() default "WARN";
    }

    private final Path file;
    private final long maxBytes;
    private final LogLevel consoleLevel;
    private final PrintStream console = System.err;
    private final List<LogReaderService> readers = Collections.synchronizedList(new ArrayList<>());
    private Writer out;

    @Activate
    public LogWriter(Config config, BundleContext context) throws IOException {
        String home = context.getProperty("gazette.home");
        this.file = !config.file().isBlank() ? Path.of(config.file())
                : Path.of(home == null ? "." : home, "log", "gazette.log");
        this.maxBytes = config.maxBytes();
        this.consoleLevel = "NONE".equalsIgnoreCase(config.consoleLevel()) ? null : LogLevel.valueOf(config.consoleLevel().toUpperCase(java.util.Locale.ROOT));
        Files.createDirectories(file.toAbsolutePath().getParent());
        open();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addReader(LogReaderService reader) {
        readers.add(reader);
        List<LogEntry> earlier = new ArrayList<>();
        for (Enumeration<LogEntry> e = reader.getLog(); e.hasMoreElements();) {
            earlier.add(e.nextElement());
        }
        Collections.reverse(earlier);
        earlier.forEach(this::logged);
        reader.addLogListener(this);
    }

    void removeReader(LogReaderService reader) {
        readers.remove(reader);
        reader.removeLogListener(this);
    }

    @Override
    public synchronized void logged(LogEntry entry) {
        if (isRoutineEvent(entry)) {
            return;
        }
        String line = format(entry);
        if (consoleLevel != null && consoleLevel.implies(entry.getLogLevel())) {
            console.print(line);
        }
        try {
            if (out != null) {
                out.write(line);
                out.flush();
                if (Files.size(file) > maxBytes) {
                    out.close();
                    Files.move(file, file.resolveSibling(file.getFileName() + ".1"), StandardCopyOption.REPLACE_EXISTING);
                    open();
                }
            }
        } catch (IOException e) {
            console.println("gazette: cannot write the log file " + file + ": " + e);
            out = null;
        }
    }

    /** Framework, bundle and service events are logged by the framework at INFO and DEBUG: noise in a log file. */
    private static boolean isRoutineEvent(LogEntry e) {
        String logger = e.getLoggerName();
        return logger != null && logger.startsWith("Events.") && !LogLevel.WARN.implies(e.getLogLevel());
    }

    static String format(LogEntry e) {
        StringBuilder sb = new StringBuilder();
        sb.append(Instant.ofEpochMilli(e.getTime())).append(' ')
                .append(String.format("%-5s", e.getLogLevel())).append(' ')
                .append('[').append(e.getBundle() == null ? "?" : e.getBundle().getSymbolicName()).append("] ")
                .append(e.getMessage()).append(System.lineSeparator());
        if (e.getException() != null) {
            StringWriter sw = new StringWriter();
            e.getException().printStackTrace(new PrintWriter(sw));
            sb.append(sw);
        }
        return sb.toString();
    }

    private void open() throws IOException {
        out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    @Deactivate
    synchronized void deactivate() throws IOException {
        for (LogReaderService r : new ArrayList<>(readers)) {
            r.removeLogListener(this);
        }
        if (out != null) {
            out.close();
            out = null;
        }
    }
}
