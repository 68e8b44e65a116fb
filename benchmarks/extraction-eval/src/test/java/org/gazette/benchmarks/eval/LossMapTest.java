package org.gazette.benchmarks.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class LossMapTest {

    private static final String GOLD = "the bridge opened again on thursday morning after two years\n\n"
            + "crews replaced every rivet on the main span of the bridge";

    @Test
    void eachParagraphIsPlacedAndWeighedByTheShinglesTheOtherTextLacks() {
        List<String> ours = List.of("accept all cookies to continue reading this site",
                "the bridge opened again on thursday morning after two years",
                "crews replaced every rivet on the main span of the bridge",
                "sign up for our newsletter to get the news first");
        List<LossMap.Row> rows = LossMap.rows("0001", ours, Shingles.shingles(GOLD));

        assertEquals(List.of(LossMap.Place.BEFORE, LossMap.Place.PARTIAL, LossMap.Place.AFTER),
                rows.stream().map(LossMap.Row::place).toList());
        double total = Shingles.shingles(String.join(" ", ours)).size();
        assertEquals(8 / total, rows.get(0).weight(), 1e-9, "all 8 shingles that start in the banner");
        assertEquals(3 / total, rows.get(1).weight(), 1e-9, "the 3 of the last matched paragraph that run on into the newsletter line");
        assertEquals(7 / total, rows.get(2).weight(), 1e-9, "the newsletter line's 7 shingles");
    }
}
