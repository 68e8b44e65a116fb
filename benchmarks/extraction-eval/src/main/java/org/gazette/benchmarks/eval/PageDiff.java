package org.gazette.benchmarks.eval;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Shows where a page's body text and its gold differ, paragraph by paragraph: each paragraph
 * Gazette gives, marked {@code --} when most of its shingles are not in the gold, then the gold
 * paragraphs most of whose shingles Gazette does not give, marked {@code ++}. A paragraph's
 * shingles are the 4-token windows that start in it (so they run on into the next paragraph, as the
 * score reads the text as a whole); a paragraph of fewer than 4 tokens at the end is not marked.
 *
 * <p>Usage: {@code PageDiff [--data DIR] ID...}, e.g. from the repository root
 * {@code mvn -q -f benchmarks/extraction-eval compile exec:java -Dexec.mainClass=org.gazette.benchmarks.eval.PageDiff -Dexec.args="0057 2498"}.
 */
public final class PageDiff {

    /** Characters of a paragraph shown. */
    private static final int SHOWN = 160;

    private PageDiff() {
    }

    public static void main(String[] args) {
        Path given = null;
        Set<String> ids = new LinkedHashSet<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--data") && i + 1 < args.length) {
                given = Path.of(args[++i]);
            } else {
                ids.addAll(Arrays.asList(args[i].split(",")));
            }
        }
        if (ids.isEmpty()) {
            System.err.println("usage: PageDiff [--data DIR] ID...");
            System.exit(2);
        }
        Path folder = DataFolders.resolve(given, Path.of(""));
        GazetteExtractor gazette = new GazetteExtractor();
        for (Corpus.Sample s : Corpus.load(folder, 0, ids)) {
            String text = gazette.extract(s.gold().url(), s.html()).text();
            print(s.id() + " " + s.gold().url(), text, s.gold().mainContent(), System.out);
        }
    }

    /**
     * @param heading the page's id and address
     * @param text the extracted text, paragraphs apart by a blank line; possibly {@code null}
     * @param gold the gold text, paragraphs on lines of their own; possibly {@code null}
     * @param out where to print
     */
    static void print(String heading, String text, String gold, PrintStream out) {
        Overlap score = Shingles.score(text, gold);
        out.printf("=== %s  P %.3f R %.3f F1 %.3f%n", heading, score.precision(), score.recall(), score.f1());
        List<String> ours = text == null || text.isBlank() ? List.of() : List.of(text.split("\n\n"));
        List<String> theirs = gold == null || gold.isBlank() ? List.of() : List.of(gold.split("\n+"));
        boolean[] outside = outside(ours, new HashSet<>(Shingles.shingles(gold)));
        for (int i = 0; i < ours.size(); i++) {
            out.println((outside[i] ? "-- " : "   ") + shortened(ours.get(i)));
        }
        out.println("--- gold paragraphs missing:");
        boolean[] missing = outside(theirs, new HashSet<>(Shingles.shingles(text)));
        for (int i = 0; i < theirs.size(); i++) {
            if (missing[i]) {
                out.println("++ " + shortened(theirs.get(i)));
            }
        }
    }

    /**
     * @param paragraphs paragraphs of one text in order
     * @param other the shingles of the other text
     * @return for each paragraph, whether most of the shingles starting in it are not in the other text
     */
    static boolean[] outside(List<String> paragraphs, Set<String> other) {
        Shingles.Owned owned = Shingles.byParagraph(paragraphs);
        List<String> tokens = owned.tokens();
        List<Integer> owners = owned.owners();
        int[] out = new int[paragraphs.size()];
        int[] all = new int[paragraphs.size()];
        for (int k = 0; k + Shingles.SIZE <= tokens.size(); k++) {
            int owner = owners.get(k);
            all[owner]++;
            out[owner] += other.contains(String.join(" ", tokens.subList(k, k + Shingles.SIZE))) ? 0 : 1;
        }
        boolean[] outside = new boolean[paragraphs.size()];
        for (int i = 0; i < outside.length; i++) {
            outside[i] = all[i] > 0 && out[i] * 2 > all[i];
        }
        return outside;
    }

    private static String shortened(String paragraph) {
        return paragraph.length() > SHOWN ? paragraph.substring(0, SHOWN) + "…" : paragraph;
    }
}
