package org.gazette.benchmarks.jmh;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.gazette.api.model.Document;
import org.gazette.parse.html.impl.HtmlParser;
import org.jsoup.Jsoup;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import net.dankito.readability4j.Readability4J;

/**
 * Single-threaded extraction speed over a folder of pages held in memory. Each invocation parses
 * every page of the folder once, in order (one pass); the auxiliary counter {@code pages} counts the
 * pages parsed, so JMH reports it as a rate: the {@code :pages} line of the results is <b>pages per
 * second</b> over whole passes. The primary score is passes per second. A page that makes a parser
 * throw still counts: the exception is consumed like an article, and the failures are printed.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class ExtractionBenchmark {

    /** {@value Pages#FIXTURES} (Gazette's own fixture pages) or a folder: see {@link Pages}. */
    @Param(Pages.FIXTURES)
    public String folder;

    private List<Pages.Page> pages;
    private Document[] documents;
    private HtmlParser parser;
    private long failures;

    /** Pages parsed in the current iteration; JMH reports the count as a rate (pages/s). */
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    @State(Scope.Thread)
    public static class Counters {
        /** Pages parsed. */
        public long pages;

        /** Starts each iteration from zero. */
        @Setup(Level.Iteration)
        public void reset() {
            pages = 0;
        }
    }

    /** Loads the pages and builds the parser. */
    @Setup(Level.Trial)
    public void setUp() {
        pages = Pages.load(folder);
        documents = new Document[pages.size()];
        for (int i = 0; i < documents.length; i++) {
            documents[i] = document(pages.get(i));
        }
        parser = new HtmlParser(new DefaultConfig());
        long bytes = pages.stream().mapToLong(p -> p.content().length).sum();
        System.out.printf(Locale.ROOT, "%n%d pages, %.1f MB of HTML, from %s%n", pages.size(), bytes / 1e6, folder);
    }

    /** Prints how many parses failed, if any did. */
    @TearDown(Level.Trial)
    public void tearDown() {
        if (failures > 0) {
            System.out.printf(Locale.ROOT, "%n%d parses failed (counted as pages all the same)%n", failures);
        }
    }

    /**
     * One pass of Gazette's parser over the folder.
     *
     * @param counters the page counter
     * @param sink takes each article
     */
    @Benchmark
    public void gazette(Counters counters, Blackhole sink) {
        for (Document document : documents) {
            try {
                sink.consume(parser.parse(document));
            } catch (RuntimeException e) {
                failures++;
                sink.consume(e);
            }
            counters.pages++;
        }
    }

    /**
     * One pass of Readability4J over the folder: jsoup decoding and parsing, Readability, the article text.
     *
     * @param counters the page counter
     * @param sink takes each article's text
     * @throws IOException never: the pages are in memory
     */
    @Benchmark
    public void readability(Counters counters, Blackhole sink) throws IOException {
        for (Pages.Page page : pages) {
            org.jsoup.nodes.Document doc = Jsoup.parse(new ByteArrayInputStream(page.content()), null, page.url());
            try {
                sink.consume(new Readability4J(page.url(), doc).parse().getTextContent());
            } catch (RuntimeException e) {
                failures++;
                sink.consume(e);
            }
            counters.pages++;
        }
    }

    private static Document document(Pages.Page page) {
        Document d = new Document();
        d.url = page.url();
        d.status = 200;
        d.headers = Map.of();
        d.mediaType = "text/html";
        d.content = page.content();
        return d;
    }

    /** The HTML parser's defaults, as a configuration instance. */
    private static final class DefaultConfig implements HtmlParser.Config {
        @Override
        public String maxBytes() {
            return "10MB";
        }

        @Override
        public Class<? extends Annotation> annotationType() {
            return HtmlParser.Config.class;
        }
    }
}
