package org.gazette.benchmarks.ner;

/**
 * True positives, gold and predicted counts of one measure, and precision, recall and F1 from them.
 */
final class Counts {

    long matched;
    long gold;
    long predicted;
    /** Matched predictions (may differ from {@link #matched} gold when one side is counted per mention). */
    long predictedMatched;

    double precision() {
        return predicted == 0 ? 0 : (double) predictedMatched / predicted;
    }

    double recall() {
        return gold == 0 ? 0 : (double) matched / gold;
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    void add(Counts other) {
        matched += other.matched;
        gold += other.gold;
        predicted += other.predicted;
        predictedMatched += other.predictedMatched;
    }
}
