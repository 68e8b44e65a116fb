package org.gazette.benchmarks.nerjmh;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Locale;

import org.gazette.enrich.entities.impl.EntityTagger;
import org.gazette.enrich.entities.impl.TaggerSettings;

/**
 * Estimates the heap the loaded gazetteers retain: used heap after a full collection, before and
 * after building an {@link EntityTagger} (which loads them), with the tagger kept reachable. Run
 * with {@code java -cp benchmarks/ner-jmh/target/benchmarks.jar org.gazette.benchmarks.nerjmh.LexiconMemory}.
 * An estimate (other allocations may land in between); it is repeated and the median printed.
 */
public final class LexiconMemory {

    private LexiconMemory() {
    }

    /** @param args unused */
    public static void main(String[] args) {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        new EntityTagger(TaggerSettings.defaults()); // load the classes once, so that only data is measured
        long[] retained = new long[7];
        int size = 0;
        for (int k = 0; k < retained.length; k++) {
            long before = used(memory);
            EntityTagger tagger = new EntityTagger(TaggerSettings.defaults());
            long after = used(memory);
            size = tagger.lexiconSize();
            retained[k] = after - before;
            if (tagger.hashCode() == 42) {
                System.out.print(""); // keeps the tagger reachable until after the measurement
            }
        }
        java.util.Arrays.sort(retained);
        System.out.printf(Locale.ROOT, "gazetteers: %d entries; retained heap after loading: median %.2f MB (min %.2f, max %.2f) over %d loads%n",
                size, retained[retained.length / 2] / 1e6, retained[0] / 1e6, retained[retained.length - 1] / 1e6,
                retained.length);
    }

    private static long used(MemoryMXBean memory) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
