package org.gazette.enrich.entities.impl;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A long list of names packed for memory, each with a one-letter tag: the sorted names in one
 * string (one byte a letter for Latin-1 text) with their start offsets and one tag each, looked up
 * by binary search. About 10 bytes a name instead of some 90 in a hash map, which matters for the
 * 7,000 given names of {@code given-names-by-sex.txt} (tagged with their sex) and the 8,800 family
 * names of {@code family-names.txt} (untagged) beside gazetteers of about 1 MB.
 */
final class PackedNames {

    private final String names;
    private final int[] starts;
    private final char[] tags;

    private PackedNames(String names, int[] starts, char[] tags) {
        this.names = names;
        this.starts = starts;
        this.tags = tags;
    }

    /** Collects the lines "name" or "name, tab, F, M or B" of a list, then {@link #build()}; an untagged name is tagged B. */
    static final class Builder {
        private final List<String> lines = new ArrayList<>();

        void add(String line) {
            lines.add(line);
        }

        PackedNames build() {
            List<String[]> rows = new ArrayList<>();
            for (String line : lines) {
                int tab = line.indexOf('\t');
                String name = tab < 0 ? line : line.substring(0, tab).strip();
                String sex = tab < 0 ? "" : line.substring(tab + 1).strip();
                rows.add(new String[] {name, sex.equals("F") || sex.equals("M") ? sex : "B"});
            }
            rows.sort((a, b) -> a[0].compareTo(b[0]));
            StringBuilder packed = new StringBuilder();
            int[] starts = new int[rows.size() + 1];
            char[] tags = new char[rows.size()];
            int n = 0;
            for (String[] row : rows) {
                if (n > 0 && row[0].equals(rows.get(n - 1)[0])) {
                    continue; // a name listed twice
                }
                starts[n] = packed.length();
                tags[n] = row[1].charAt(0);
                packed.append(row[0]);
                n++;
            }
            starts[n] = packed.length();
            return new PackedNames(packed.toString(), Arrays.copyOf(starts, n + 1), Arrays.copyOf(tags, n));
        }
    }

    /** @return whether the name is listed */
    boolean contains(String word) {
        return tag(word) != 0;
    }

    /** @return the tag of a listed name ('F', 'M' or 'B', borne by both sexes, for given names), else 0 */
    char tag(String word) {
        int low = 0;
        int high = tags.length - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int c = compare(mid, word);
            if (c < 0) {
                low = mid + 1;
            } else if (c > 0) {
                high = mid - 1;
            } else {
                return tags[mid];
            }
        }
        return 0;
    }

    /** @return how many names are listed */
    int size() {
        return tags.length;
    }

    /** {@link String#compareTo} of the name at {@code index} with {@code word}. */
    private int compare(int index, String word) {
        int from = starts[index];
        int length = starts[index + 1] - from;
        int n = Math.min(length, word.length());
        for (int k = 0; k < n; k++) {
            int d = names.charAt(from + k) - word.charAt(k);
            if (d != 0) {
                return d;
            }
        }
        return length - word.length();
    }
}
