package org.gazette.benchmarks.nerjmh;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.gazette.enrich.entities.impl.EntityTagger;
import org.gazette.enrich.entities.impl.TaggerSettings;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Speed of {@link EntityTagger#tag} with the default settings, single-threaded. Each invocation
 * tags every text once, in order; the auxiliary counter {@code words} counts whitespace-separated
 * words, so the {@code :words} line of the results is <b>words per second</b>.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class TaggingBenchmark {

    /** {@value Texts#DEVDATA}, a JSON Lines file with {@code text} fields, or a folder of {@code *.txt}. */
    @Param(Texts.DEVDATA)
    public String texts;

    private EntityTagger tagger;
    private List<String> loaded;
    private long[] words;
    private final LocalDate published = LocalDate.of(2024, 5, 16);

    /** Counts the words tagged in one iteration. */
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    @State(Scope.Thread)
    public static class Counters {
        /** Words tagged. */
        public long words;

        /** Starts each iteration at zero. */
        @Setup(Level.Iteration)
        public void reset() {
            words = 0;
        }
    }

    /** @throws IOException when the texts cannot be read */
    @Setup(Level.Trial)
    public void load() throws IOException {
        tagger = new EntityTagger(TaggerSettings.defaults());
        loaded = Texts.load(texts, Path.of(""));
        words = new long[loaded.size()];
        for (int i = 0; i < loaded.size(); i++) {
            words[i] = Texts.words(loaded.get(i));
        }
    }

    /**
     * @param counters the word counter
     * @param sink takes each result
     */
    @Benchmark
    public void tag(Counters counters, Blackhole sink) {
        for (int i = 0; i < loaded.size(); i++) {
            sink.consume(tagger.tag(loaded.get(i), published));
            counters.words += words[i];
        }
    }
}
