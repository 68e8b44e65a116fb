package org.gazette.benchmarks.eval;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The command line of {@link ExtractionEval}.
 *
 * @param data the data folder ({@code html/<id>.html.gz}, {@code ground-truth/<id>.json}), or
 *        {@code null} to look for the development set
 * @param extractors which extractors to run, in order ({@code gazette}, {@code readability})
 * @param worst how many of the worst pages (by body F1) to list per extractor
 * @param json where to write the per-page JSON report, or {@code null} for none
 * @param limit take only the first so many pages (by id), or 0 for all
 * @param ids take only these page ids (empty for all)
 * @param timeoutSeconds how long one extraction may take before it counts as a failure
 * @param help whether only the usage was asked for
 */
record Options(Path data, List<String> extractors, int worst, Path json, int limit, Set<String> ids,
        int timeoutSeconds, boolean help) {

    static final String USAGE = String.join("\n",
            "usage: ExtractionEval [--data DIR] [--extractor gazette|readability|both] [--worst N]",
            "                      [--json FILE] [--limit N] [--ids ID,ID...] [--timeout SECONDS]",
            "  --data DIR       folder with html/<id>.html.gz and ground-truth/<id>.json",
            "                   (default: -Dgazette.eval.data, else shared/devdata/extraction/dev found",
            "                   beside the working directory or one of its parents)",
            "  --extractor X    gazette, readability or both (default both)",
            "  --worst N        list the N pages with the lowest body F1 per extractor (default 20)",
            "  --json FILE      write every page's scores to FILE (outside the repository, e.g. /tmp)",
            "  --limit N        only the first N pages by id",
            "  --ids A,B        only these page ids",
            "  --timeout S      an extraction taking longer counts as a failure (default 60)");

    /**
     * @param args the arguments
     * @return the options
     * @throws IllegalArgumentException on an unknown option or a bad value
     */
    static Options parse(String... args) {
        Path data = null;
        List<String> extractors = List.of("gazette", "readability");
        int worst = 20;
        Path json = null;
        int limit = 0;
        Set<String> ids = new LinkedHashSet<>();
        int timeout = 60;
        boolean help = false;
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (name.equals("--help") || name.equals("-h")) {
                help = true;
                continue;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(name.startsWith("--") ? name + " needs a value" : "unknown argument " + name);
            }
            String value = args[++i];
            switch (name) {
                case "--data" -> data = Path.of(value);
                case "--extractor" -> extractors = extractors(value);
                case "--worst" -> worst = number(name, value);
                case "--json" -> json = Path.of(value);
                case "--limit" -> limit = number(name, value);
                case "--ids" -> {
                    for (String id : value.split(",")) {
                        if (!id.isBlank()) {
                            ids.add(id.trim());
                        }
                    }
                }
                case "--timeout" -> timeout = Math.max(1, number(name, value));
                default -> throw new IllegalArgumentException("unknown option " + name);
            }
        }
        return new Options(data, extractors, worst, json, limit, Set.copyOf(ids), timeout, help);
    }

    private static List<String> extractors(String value) {
        return switch (value) {
            case "gazette" -> List.of("gazette");
            case "readability" -> List.of("readability");
            case "both" -> List.of("gazette", "readability");
            default -> throw new IllegalArgumentException("--extractor must be gazette, readability or both, not " + value);
        };
    }

    private static int number(String name, String value) {
        try {
            int n = Integer.parseInt(value.trim());
            if (n < 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a number of 0 or more, not " + value);
        }
    }
}
