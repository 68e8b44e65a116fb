package org.gazette.benchmarks.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Precision, recall and F1 of a predicted multiset of items against a gold multiset.
 *
 * @param precision |pred ∩ gold| / |pred|, 0 for an empty prediction
 * @param recall |pred ∩ gold| / |gold|, 0 for an empty gold
 * @param f1 2PR/(P+R), 0 when both are 0
 */
record Overlap(double precision, double recall, double f1) {

    /** The score of an empty (or failed) prediction. */
    static final Overlap ZERO = new Overlap(0, 0, 0);

    /**
     * @param predicted the predicted items, repeats counted
     * @param gold the gold items, repeats counted
     * @return the multiset overlap
     */
    static Overlap of(List<String> predicted, List<String> gold) {
        if (predicted.isEmpty() || gold.isEmpty()) {
            return ZERO;
        }
        Map<String, Integer> goldCounts = new HashMap<>();
        for (String item : gold) {
            goldCounts.merge(item, 1, Integer::sum);
        }
        long common = 0;
        for (String item : predicted) {
            Integer left = goldCounts.get(item);
            if (left != null && left > 0) {
                common++;
                goldCounts.put(item, left - 1);
            }
        }
        double p = (double) common / predicted.size();
        double r = (double) common / gold.size();
        return new Overlap(p, r, f1(p, r));
    }

    /**
     * @param p a precision
     * @param r a recall
     * @return their harmonic mean, 0 when both are 0
     */
    static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
