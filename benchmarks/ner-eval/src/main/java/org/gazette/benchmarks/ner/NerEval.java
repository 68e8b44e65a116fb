package org.gazette.benchmarks.ner;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.gazette.api.model.EntityType;
import org.gazette.enrich.entities.impl.EntityTagger;
import org.gazette.enrich.entities.impl.TaggerSettings;
import org.gazette.enrich.entities.impl.Tagging;

/**
 * Scores Gazette's entity tagger against gold mentions and prints the figures; see
 * {@code benchmarks/README.md} for the command and {@link DocumentScore} for what is counted.
 */
public final class NerEval {

    /** System property naming the gold file. */
    static final String PROPERTY = "gazette.eval.ner";
    /** Where the development set sits, relative to the folder that holds the repository. */
    static final String RELATIVE = "shared/devdata/ner/gum_nonnews_mentions.jsonl.gz";

    private NerEval() {
    }

    /** @param args the options, see {@link Options#USAGE} */
    public static void main(String[] args) {
        int status = run(args, Path.of(""), System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    /**
     * @return 0 on success, 2 on bad usage or unreadable data
     */
    static int run(String[] args, Path workingDirectory, PrintStream out, PrintStream err) {
        Options options;
        List<Gold.Document> documents;
        try {
            options = Options.parse(args);
            if (options.help()) {
                out.println(Options.USAGE);
                return 0;
            }
            Path data = resolve(options.data(), workingDirectory);
            documents = Gold.load(data, options.genres(), options.half(), options.limit());
            err.println("ner-eval: " + documents.size() + " documents from " + data
                    + (options.half() == null ? "" : " (" + options.half() + " half)"));
        } catch (IllegalArgumentException | IOException e) {
            err.println("ner-eval: " + e.getMessage());
            err.println(Options.USAGE);
            return 2;
        }
        TaggerSettings defaults = TaggerSettings.defaults();
        EntityTagger tagger = new EntityTagger(new TaggerSettings(defaults.maxTextLength(), defaults.maxMentions(),
                defaults.maxWordLength(), defaults.types(), options.singleUnknownAsPerson(), defaults.nestedPlaces()));
        for (Gold.Document d : documents) {
            tagger.tag(d.text, published(d)); // warm-up pass
        }
        List<DocumentScore> scores = new ArrayList<>();
        long words = 0;
        long nanos = 0;
        for (Gold.Document d : documents) {
            long t0 = System.nanoTime();
            Tagging tagging = tagger.tag(d.text, published(d));
            nanos += System.nanoTime() - t0;
            words += countWords(d.text);
            scores.add(new DocumentScore(d, tagging.mentions()));
        }
        report(out, scores, words, nanos, options.errors());
        if (options.canonErrors() > 0) {
            printCanonErrors(out, scores, options.canonErrors());
        }
        if (options.confusions() > 0) {
            printConfusions(out, scores, options.confusions());
        }
        if (options.half() == null) {
            out.printf(Locale.ROOT, "halves: odd F1-head %s, even F1-head %s%n", halfF1(scores, 0), halfF1(scores, 1));
        }
        return 0;
    }

    /** F1-head (P, R) over persons, organisations and places of every second document from {@code first}. */
    private static String halfF1(List<DocumentScore> scores, int first) {
        Counts all = new Counts();
        for (int i = first; i < scores.size(); i += 2) {
            for (EntityType t : DocumentScore.TYPES) {
                all.add(scores.get(i).overlap.get(t));
            }
        }
        return String.format(Locale.ROOT, "%.3f (P %.3f R %.3f)", all.f1(), all.precision(), all.recall());
    }

    static Path resolve(Path given, Path workingDirectory) {
        Path file = given;
        if (file == null && System.getProperty(PROPERTY) != null) {
            file = Path.of(System.getProperty(PROPERTY));
        }
        if (file == null) {
            for (Path dir = workingDirectory.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
                if (Files.isRegularFile(dir.resolve(RELATIVE))) {
                    file = dir.resolve(RELATIVE);
                    break;
                }
            }
            if (file == null) {
                throw new IllegalArgumentException("no gold file: give --data FILE (or -D" + PROPERTY + "=FILE); looked for "
                        + RELATIVE + " beside " + workingDirectory.toAbsolutePath() + " and its parents");
            }
        }
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("gold file " + file + " does not exist");
        }
        return file;
    }

    private static LocalDate published(Gold.Document d) {
        try {
            return d.dateCreated == null ? null : LocalDate.parse(d.dateCreated);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static long countWords(String text) {
        long n = 0;
        boolean in = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !in) {
                n++;
            }
            in = !space;
        }
        return n;
    }

    private static void report(PrintStream out, List<DocumentScore> scores, long words, long nanos, int errors) {
        Map<EntityType, Counts> exact = new EnumMap<>(EntityType.class);
        Map<EntityType, Counts> overlap = new EnumMap<>(EntityType.class);
        Counts exactAll = new Counts();
        Counts overlapAll = new Counts();
        Counts anyType = new Counts();
        Counts dates = new Counts();
        int entities = 0;
        int entitiesCorrect = 0;
        int dateValues = 0;
        int dateCorrect = 0;
        for (EntityType t : DocumentScore.TYPES) {
            exact.put(t, new Counts());
            overlap.put(t, new Counts());
        }
        for (DocumentScore s : scores) {
            for (EntityType t : DocumentScore.TYPES) {
                exact.get(t).add(s.exact.get(t));
                overlap.get(t).add(s.overlap.get(t));
                exactAll.add(s.exact.get(t));
                overlapAll.add(s.overlap.get(t));
            }
            anyType.add(s.anyType);
            dates.add(s.dates);
            entities += s.entities;
            entitiesCorrect += s.entitiesCorrect;
            dateValues += s.dateValues;
            dateCorrect += s.dateValuesCorrect;
        }
        out.printf(Locale.ROOT, "%-14s %6s %6s | %6s %6s %6s | %6s %6s %6s%n", "type", "gold", "pred",
                "P-head", "R-head", "F1-head", "P-exct", "R-exct", "F1-exct");
        for (EntityType t : DocumentScore.TYPES) {
            line(out, t.name(), overlap.get(t), exact.get(t));
        }
        line(out, "ALL (P/O/L)", overlapAll, exactAll);
        out.printf(Locale.ROOT, "span found, any type (head overlap): P %.3f R %.3f F1 %.3f%n",
                anyType.precision(), anyType.recall(), anyType.f1());
        out.printf(Locale.ROOT, "canonical-entity accuracy: %.3f (%d of %d gold entities with a matched mention)%n",
                ratio(entitiesCorrect, entities), entitiesCorrect, entities);
        out.printf(Locale.ROOT, "dates: normalised correctly %.3f (%d of %d matched); found %.3f of %d gold dates with a value;"
                + " %.3f of %d predicted dates overlap a gold time%n", ratio(dateCorrect, dateValues), dateCorrect,
                dateValues, dates.recall(), dates.gold, dates.precision(), dates.predicted);
        out.printf(Locale.ROOT, "documents %d, words %d, tagging %.0f words/s (one thread, after a warm-up pass; JMH gives the official figure)%n",
                scores.size(), words, nanos == 0 ? 0 : words * 1e9 / nanos);
        if (errors > 0) {
            printErrors(out, scores, errors);
        }
    }

    private static void printErrors(PrintStream out, List<DocumentScore> scores, int errors) {
        for (EntityType t : DocumentScore.TYPES) {
            List<String> missed = new ArrayList<>();
            List<String> spurious = new ArrayList<>();
            for (DocumentScore s : scores) {
                s.missed.stream().filter(m -> m.startsWith(t.name())).forEach(missed::add);
                s.spurious.stream().filter(m -> m.startsWith(t.name())).forEach(spurious::add);
            }
            out.println("-- missed " + t + " (" + missed.size() + ")");
            sample(missed, errors).forEach(out::println);
            out.println("-- spurious " + t + " (" + spurious.size() + ")");
            sample(spurious, errors).forEach(out::println);
        }
        List<String> wrong = new ArrayList<>();
        scores.forEach(s -> wrong.addAll(s.wrongDates));
        out.println("-- wrong date values (" + wrong.size() + ")");
        sample(wrong, errors).forEach(out::println);
    }

    private static void printConfusions(PrintStream out, List<DocumentScore> scores, int n) {
        Map<String, List<String>> all = new java.util.TreeMap<>();
        scores.forEach(s -> s.confusions.forEach((k, v) -> all.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v)));
        out.println("-- type confusions, gold -> predicted (" + all.values().stream().mapToInt(List::size).sum() + ")");
        all.forEach((k, v) -> out.printf(Locale.ROOT, "%-28s %5d%n", k, v.size()));
        all.forEach((k, v) -> {
            out.println("-- " + k + " (" + Math.min(n, v.size()) + " of " + v.size() + ")");
            sample(v, n).forEach(out::println);
        });
    }

    private static void printCanonErrors(PrintStream out, List<DocumentScore> scores, int n) {
        List<CanonErrors.Failure> failures = new ArrayList<>();
        scores.forEach(s -> failures.addAll(s.canonFailures));
        out.println("-- canonical failures by category (" + failures.size() + ")");
        CanonErrors.count(failures).forEach((category, count) -> out.printf(Locale.ROOT, "%-28s %5d%n", category, count));
        out.println("-- canonical failures (" + Math.min(n, failures.size()) + " of " + failures.size() + ")");
        sample(failures, n).forEach(f -> out.println(f.description()));
    }

    /** Every k-th item, so that the sample spans the corpus rather than its first document. */
    private static <T> List<T> sample(List<T> items, int n) {
        List<T> out = new ArrayList<>();
        int step = Math.max(1, items.size() / Math.max(1, n));
        for (int i = 0; i < items.size() && out.size() < n; i += step) {
            out.add(items.get(i));
        }
        return out;
    }

    private static void line(PrintStream out, String name, Counts head, Counts exact) {
        out.printf(Locale.ROOT, "%-14s %6d %6d | %6.3f %6.3f %6.3f | %6.3f %6.3f %6.3f%n", name, head.gold,
                head.predicted, head.precision(), head.recall(), head.f1(), exact.precision(), exact.recall(), exact.f1());
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }
}
