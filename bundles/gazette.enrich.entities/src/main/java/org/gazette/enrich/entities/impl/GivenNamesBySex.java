package org.gazette.enrich.entities.impl;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The given names of {@code given-names-by-sex.txt} with their sex, packed for memory: the sorted
 * names in one string (one byte a letter for Latin-1 text) with their start offsets and one sex letter
 * each, looked up by binary search. About 10 bytes a name instead of some 90 in a hash map, which
 * matters for 7,000 names beside gazetteers of about 1 MB.
 */
final class GivenNamesBySex {

    private final String names;
    private final int[] starts;
    private final char[] sexes;

    private GivenNamesBySex(String names, int[] starts, char[] sexes) {
        this.names = names;
        this.starts = starts;
        this.sexes = sexes;
    }

    /** Collects the lines "name, tab, F, M or B" of the list, then {@link #build()}. */
    static final class Builder {
        private final List<String> lines = new ArrayList<>();

        void add(String line) {
            lines.add(line);
        }

        GivenNamesBySex build() {
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
            char[] sexes = new char[rows.size()];
            int n = 0;
            for (String[] row : rows) {
                if (n > 0 && row[0].equals(rows.get(n - 1)[0])) {
                    continue; // a name listed twice
                }
                starts[n] = packed.length();
                sexes[n] = row[1].charAt(0);
                packed.append(row[0]);
                n++;
            }
            starts[n] = packed.length();
            return new GivenNamesBySex(packed.toString(), Arrays.copyOf(starts, n + 1), Arrays.copyOf(sexes, n));
        }
    }

    /** @return 'F', 'M' or 'B' (borne by both sexes) for a listed name, else 0 */
    char sex(String word) {
        int low = 0;
        int high = sexes.length - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int c = compare(mid, word);
            if (c < 0) {
                low = mid + 1;
            } else if (c > 0) {
                high = mid - 1;
            } else {
                return sexes[mid];
            }
        }
        return 0;
    }

    /** @return how many names are listed */
    int size() {
        return sexes.length;
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
