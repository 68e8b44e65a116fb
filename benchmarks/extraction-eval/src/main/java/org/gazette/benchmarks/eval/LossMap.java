package org.gazette.benchmarks.eval;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where the body score is lost, over the whole folder: each paragraph Gazette gives is weighed by its
 * shingles that the gold lacks (its share of the set's precision loss), and each gold paragraph by its
 * shingles that Gazette's text lacks (its share of the recall loss). A paragraph is placed BEFORE the
 * first paragraph that is mostly matched, AFTER the last one, or in the MIDDLE; one whose shingles are
 * mostly matched is PARTIAL (what it loses is at its edges or inside it). Shingles are matched as a
 * multiset, in reading order, as the score counts them.
 *
 * <p>Prints the loss per place, then the heaviest paragraphs of each place, so that a rule is aimed at
 * what weighs, and the share of noise (pages whose gold stops partway, shapes the gold treats both
 * ways) can be judged before writing one. Usage, from the repository root:
 * {@code mvn -q -f benchmarks/extraction-eval compile exec:java -Dexec.mainClass=org.gazette.benchmarks.eval.LossMap -Dexec.args="--top 15"}.
 */
public final class LossMap {

    /** Where a paragraph stands relative to the matched ones. */
    enum Place { BEFORE, MIDDLE, AFTER, PARTIAL }

    /** One paragraph's loss: its page, place, weight (share of the set's loss) and text. */
    record Row(String id, Place place, double weight, String text) {
    }

    private static final int SHOWN = 110;

    private LossMap() {
    }

    public static void main(String[] args) {
        Path given = null;
        int top = 15;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--data" -> given = Path.of(args[i + 1]);
                case "--top" -> top = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("usage: LossMap [--data DIR] [--top N]");
            }
        }
        Path folder = DataFolders.resolve(given, Path.of(""));
        GazetteExtractor gazette = new GazetteExtractor();
        List<Row> precision = new ArrayList<>();
        List<Row> recall = new ArrayList<>();
        int pages = 0;
        for (Corpus.Sample s : Corpus.load(folder, 0, Set.of())) {
            String gold = s.gold().mainContent();
            if (gold == null || gold.isBlank()) {
                continue;
            }
            pages++;
            String text = gazette.extract(s.gold().url(), s.html()).text();
            List<String> ours = text == null || text.isBlank() ? List.of() : List.of(text.split("\n\n"));
            precision.addAll(rows(s.id(), ours, Shingles.shingles(gold)));
            recall.addAll(rows(s.id(), List.of(gold.split("\n+")), Shingles.shingles(text)));
        }
        print("precision", precision, pages, top, System.out);
        print("recall", recall, pages, top, System.out);
    }

    /**
     * @param id the page's id
     * @param paragraphs one text's paragraphs in order
     * @param other the other text's shingles
     * @return a row per paragraph with shingles, its weight not yet divided by the number of pages
     */
    static List<Row> rows(String id, List<String> paragraphs, List<String> other) {
        Shingles.Owned owned = Shingles.byParagraph(paragraphs);
        List<String> tokens = owned.tokens();
        List<Integer> owners = owned.owners();
        Map<String, Integer> available = new HashMap<>();
        for (String shingle : other) {
            available.merge(shingle, 1, Integer::sum);
        }
        int[] missing = new int[paragraphs.size()];
        int[] all = new int[paragraphs.size()];
        int total = Math.max(1, tokens.size() - Shingles.SIZE + 1);
        for (int k = 0; k + Shingles.SIZE <= tokens.size(); k++) {
            int owner = owners.get(k);
            all[owner]++;
            String shingle = String.join(" ", tokens.subList(k, k + Shingles.SIZE));
            if (available.merge(shingle, -1, Integer::sum) < 0) {
                missing[owner]++;
            }
        }
        int first = -1;
        int last = -1;
        for (int i = 0; i < all.length; i++) {
            if (all[i] > 0 && missing[i] * 2 < all[i]) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < all.length; i++) {
            if (missing[i] == 0) {
                continue;
            }
            Place place = missing[i] * 2 < all[i] ? Place.PARTIAL : first < 0 || i > last ? Place.AFTER
                    : i < first ? Place.BEFORE : Place.MIDDLE;
            rows.add(new Row(id, place, (double) missing[i] / total, paragraphs.get(i)));
        }
        return rows;
    }

    static void print(String what, List<Row> rows, int pages, int top, PrintStream out) {
        Map<Place, Double> byPlace = new EnumMap<>(Place.class);
        double sum = 0;
        for (Row r : rows) {
            byPlace.merge(r.place(), r.weight() / pages, Double::sum);
            sum += r.weight() / pages;
        }
        out.printf("== %s loss %.4f over %d pages:", what, sum, pages);
        byPlace.forEach((place, loss) -> out.printf(" %s %.4f", place, loss));
        out.println();
        for (Place place : Place.values()) {
            out.println("-- " + place + ", heaviest:");
            rows.stream().filter(r -> r.place() == place).sorted(Comparator.comparingDouble(Row::weight).reversed())
                    .limit(top).forEach(r -> out.printf("   %s %.5f %s%n", r.id(), r.weight() / pages, shortened(r.text())));
        }
    }

    private static String shortened(String paragraph) {
        String line = paragraph.replace('\n', ' ');
        return line.length() > SHOWN ? line.substring(0, SHOWN) + "…" : line;
    }
}
