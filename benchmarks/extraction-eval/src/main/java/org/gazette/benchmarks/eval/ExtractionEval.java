package org.gazette.benchmarks.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores article extractors against a gold folder and prints a summary, the failures and the worst
 * pages. See {@code benchmarks/README.md} for the command and what each figure means.
 */
public final class ExtractionEval {

    private ExtractionEval() {
    }

    /**
     * @param args the options, see {@link Options#USAGE}
     */
    public static void main(String[] args) {
        int status = run(args, Path.of(""), System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    /**
     * @param args the options
     * @param workingDirectory where to start looking for the data folder
     * @param out where the report goes
     * @param err where progress and errors go
     * @return 0 on success, 2 on bad usage, 1 when the report cannot be written
     */
    static int run(String[] args, Path workingDirectory, PrintStream out, PrintStream err) {
        Options options;
        Path data;
        List<Corpus.Sample> samples;
        try {
            options = Options.parse(args);
            if (options.help()) {
                out.println(Options.USAGE);
                return 0;
            }
            if (options.json() != null) {
                JsonReport.checkOutsideRepository(options.json());
            }
            data = DataFolders.resolve(options.data(), workingDirectory);
            samples = Corpus.load(data, options.limit(), options.ids());
        } catch (IllegalArgumentException e) {
            err.println("extraction-eval: " + e.getMessage());
            err.println(Options.USAGE);
            return 2;
        }
        if (samples.isEmpty()) {
            err.println("extraction-eval: no pages in " + data);
            return 2;
        }
        err.printf("extraction-eval: %d pages from %s%n", samples.size(), data);

        Evaluator evaluator = new Evaluator(options.timeoutSeconds(), err);
        List<Evaluator.Run> runs = new ArrayList<>();
        for (String name : options.extractors()) {
            runs.add(evaluator.run(extractor(name), samples));
        }

        ConsoleReport report = new ConsoleReport(out);
        out.printf("Extraction evaluation: %d pages from %s%n%n", samples.size(), data);
        report.table(runs.stream().map(Summary::of).toList());
        Map<String, String> gold = new LinkedHashMap<>();
        samples.forEach(s -> gold.put(s.id(), s.gold().mainContent()));
        for (Evaluator.Run run : runs) {
            report.failures(run);
            report.worst(run, gold, options.worst());
        }
        if (options.json() != null) {
            try {
                JsonReport.write(options.json(), data, runs);
                err.println("extraction-eval: wrote " + options.json().toAbsolutePath());
            } catch (IOException | IllegalArgumentException e) {
                err.println("extraction-eval: cannot write the JSON report: " + e.getMessage());
                return 1;
            }
        }
        return 0;
    }

    private static Extractor extractor(String name) {
        return switch (name) {
            case "gazette" -> new GazetteExtractor();
            case "readability" -> new ReadabilityExtractor();
            default -> throw new IllegalArgumentException("unknown extractor " + name);
        };
    }
}
