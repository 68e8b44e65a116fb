package org.gazette.benchmarks.ner;

import java.nio.file.Path;
import java.util.Set;

/**
 * Command-line options of {@link NerEval}.
 *
 * @param data the gold file, or {@code null} for the development set
 * @param genres only documents of these genres (empty: all)
 * @param limit only the first N documents (0: all)
 * @param errors print up to N missed and N spurious mentions per type (0: none)
 * @param singleUnknownAsPerson tag lone capitalised words without evidence as persons
 * @param canonErrors print up to N gold entities that fail canonical accuracy, and their count by category (0: none)
 * @param half {@code "odd"} or {@code "even"}: only the 1st, 3rd, 5th… or the 2nd, 4th… documents; {@code null}: all
 * @param confusions print gold type -> predicted type counts of names found with the wrong type, and up to N
 *        examples of each (0: none)
 * @param help print the usage
 */
record Options(Path data, Set<String> genres, int limit, int errors, boolean singleUnknownAsPerson, int canonErrors,
        String half, int confusions, boolean help) {

    static final String USAGE = String.join("\n",
            "usage: ner-eval [--data FILE.jsonl[.gz]] [--genre G,G] [--limit N] [--errors N] [--canon-errors N]",
            "                [--half odd|even] [--confusions N] [--single-unknown]",
            "  --data FILE       gold mentions (default: shared/devdata/ner/gum_nonnews_mentions.jsonl.gz beside",
            "                    the working directory or a parent; or -Dgazette.eval.ner=FILE)",
            "  --genre G,G       only these genres (e.g. interview,bio)",
            "  --limit N         only the first N documents",
            "  --errors N        print up to N missed and N spurious mentions per type (text goes to the console only)",
            "  --canon-errors N  print up to N gold entities that fail canonical accuracy (their mentions and",
            "                    predicted ids, the gold entities sharing an id) and the failures by category",
            "  --half odd|even   only the odd (1st, 3rd…) or even (2nd, 4th…) documents, after --genre, before --limit",
            "  --confusions N    print how often a gold name was found with another type, by gold -> predicted",
            "                    type, and up to N examples of each",
            "  --single-unknown  tag lone capitalised words without any evidence as persons");

    static Options parse(String[] args) {
        Path data = null;
        Set<String> genres = Set.of();
        int limit = 0;
        int errors = 0;
        boolean single = false;
        int canonErrors = 0;
        String half = null;
        int confusions = 0;
        boolean help = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--data":
                    data = Path.of(value(args, ++i, a));
                    break;
                case "--genre":
                    genres = Set.of(value(args, ++i, a).split(","));
                    break;
                case "--limit":
                    limit = count(value(args, ++i, a), a);
                    break;
                case "--errors":
                    errors = count(value(args, ++i, a), a);
                    break;
                case "--canon-errors":
                    canonErrors = count(value(args, ++i, a), a);
                    break;
                case "--half":
                    half = value(args, ++i, a);
                    if (!half.equals("odd") && !half.equals("even")) {
                        throw new IllegalArgumentException("--half needs odd or even, not '" + half + "'");
                    }
                    break;
                case "--confusions":
                    confusions = count(value(args, ++i, a), a);
                    break;
                case "--single-unknown":
                    single = true;
                    break;
                case "--help":
                case "-h":
                    help = true;
                    break;
                default:
                    throw new IllegalArgumentException("unknown option '" + a + "'");
            }
        }
        return new Options(data, genres, limit, errors, single, canonErrors, half, confusions, help);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static int count(String value, String option) {
        try {
            int n = Integer.parseInt(value);
            if (n < 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a number >= 0, not '" + value + "'");
        }
    }
}
