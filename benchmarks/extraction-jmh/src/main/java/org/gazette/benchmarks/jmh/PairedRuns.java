package org.gazette.benchmarks.jmh;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Compares two builds of the HTML parser for speed where wall-clock benchmarks are too noisy (a
 * shared or virtual machine): both builds' benchmark jars are loaded in one JVM, each in a class
 * loader of its own, and every page is parsed by one build and then the other, alternating which
 * goes first; each build's CPU time is summed. A swing of the machine's speed hits both builds
 * alike, so the ratio of their rates is steady to about one percent where JMH's pages/s swings by
 * fifteen.
 *
 * <pre>java -cp benchmarks/extraction-jmh/target/benchmarks.jar org.gazette.benchmarks.jmh.PairedRuns OLD.jar NEW.jar [FOLDER [PASSES [WARM-UP]]]</pre>
 *
 * FOLDER as for the JMH benchmark ({@code fixtures} by default); 7 passes, of which the first 2
 * warm up. Prints each pass and then NEW/OLD: the mean ratio of the pages/s of CPU time per pass,
 * with its standard deviation.
 */
public final class PairedRuns {

    private final Build[] builds;
    /** Each build's documents of the pages, made before any timing: its own class of document. */
    private final List<List<Object>> documents = new ArrayList<>();
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

    private PairedRuns(Build older, Build newer, List<Pages.Page> pages) throws ReflectiveOperationException {
        this.builds = new Build[] {older, newer};
        for (Build build : builds) {
            List<Object> made = new ArrayList<>(pages.size());
            for (Pages.Page page : pages) {
                made.add(build.document(page));
            }
            documents.add(made);
        }
    }

    /**
     * @param args the two jars, then optionally the folder, the passes and the warm-up passes
     * @throws Exception when a jar does not hold the parser
     */
    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: PairedRuns OLD.jar NEW.jar [FOLDER [PASSES [WARM-UP]]]");
            System.exit(2);
        }
        List<Pages.Page> pages = Pages.load(args.length > 2 ? args[2] : Pages.FIXTURES);
        int passes = args.length > 3 ? Integer.parseInt(args[3]) : 7;
        int warmUp = args.length > 4 ? Integer.parseInt(args[4]) : 2;
        new PairedRuns(Build.load(Path.of(args[0])), Build.load(Path.of(args[1])), pages).run(passes, warmUp);
    }

    private void run(int passes, int warmUp) throws ReflectiveOperationException {
        List<Double> ratios = new ArrayList<>();
        for (int pass = 0; pass < passes; pass++) {
            long[] cpu = new long[2];
            int pages = documents.get(0).size();
            for (int i = 0; i < pages; i++) {
                for (int turn = 0; turn < 2; turn++) {
                    int which = (i + pass) % 2 == 0 ? turn : 1 - turn;
                    long start = threads.getCurrentThreadCpuTime();
                    builds[which].parse(documents.get(which).get(i));
                    cpu[which] += threads.getCurrentThreadCpuTime() - start;
                }
            }
            double older = pages / (cpu[0] / 1e9);
            double newer = pages / (cpu[1] / 1e9);
            System.out.printf(Locale.ROOT, "pass %d: OLD %.1f, NEW %.1f pages/s of CPU time, NEW/OLD %.3f%s%n", pass, older, newer,
                    newer / older, pass < warmUp ? " (warm-up)" : "");
            if (pass >= warmUp) {
                ratios.add(newer / older);
            }
        }
        double mean = ratios.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
        double variance = ratios.stream().mapToDouble(r -> (r - mean) * (r - mean)).sum() / Math.max(1, ratios.size() - 1);
        System.out.printf(Locale.ROOT, "NEW/OLD %.3f ± %.3f (standard deviation over %d passes of %d pages)%n", mean,
                Math.sqrt(variance), ratios.size(), documents.get(0).size());
    }

    /** One build of the parser, from its benchmark jar, in a class loader of its own. */
    private record Build(Object parser, Method parse, Class<?> documentType) {

        static Build load(Path jar) throws ReflectiveOperationException, MalformedURLException {
            if (!Files.isRegularFile(jar)) {
                throw new IllegalArgumentException("no jar " + jar);
            }
            ClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
            Class<?> config = loader.loadClass("org.gazette.parse.html.impl.HtmlParser$Config");
            Object settings = Proxy.newProxyInstance(loader, new Class<?>[] {config},
                    (proxy, method, args) -> switch (method.getName()) {
                        case "maxBytes" -> "10MB";
                        case "annotationType" -> config;
                        default -> method.getDefaultValue();
                    });
            Class<?> parserType = loader.loadClass("org.gazette.parse.html.impl.HtmlParser");
            Class<?> documentType = loader.loadClass("org.gazette.api.model.Document");
            return new Build(parserType.getConstructor(config).newInstance(settings), parserType.getMethod("parse", documentType),
                    documentType);
        }

        /** @return the page as a document of this build's own class */
        Object document(Pages.Page page) throws ReflectiveOperationException {
            Object document = documentType.getConstructor().newInstance();
            documentType.getField("url").set(document, page.url());
            documentType.getField("status").set(document, 200);
            documentType.getField("headers").set(document, Map.of());
            documentType.getField("mediaType").set(document, "text/html");
            documentType.getField("content").set(document, page.content());
            return document;
        }

        /** Parses a document; one the parser throws on costs its time all the same. */
        void parse(Object document) throws ReflectiveOperationException {
            try {
                parse.invoke(parser, document);
            } catch (InvocationTargetException e) {
                // counted like an article, as in the JMH benchmark
            }
        }
    }
}
