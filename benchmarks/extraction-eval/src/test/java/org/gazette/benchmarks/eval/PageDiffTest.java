package org.gazette.benchmarks.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;

import org.junit.jupiter.api.Test;

class PageDiffTest {

    @Test
    void marksParagraphsMostlyOutsideTheOtherText() {
        List<String> ours = List.of("The council voted to close the bridge on Monday.",
                "Sign up for our daily newsletter today",
                "Repairs will take six weeks, officials said.");
        String gold = "The council voted to close the bridge on Monday.\nRepairs will take six weeks, officials said.";
        assertArrayEquals(new boolean[] {false, true, false},
                PageDiff.outside(ours, new HashSet<>(Shingles.shingles(gold))));
    }

    @Test
    void printsOursThenTheGoldWeMiss() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PageDiff.print("0001 https://example.org/a",
                "The council voted to close the bridge on Monday.\n\nSign up for our daily newsletter today",
                "The council voted to close the bridge on Monday.\nA detour runs through the old town square.",
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(List.of("   The council voted to close the bridge on Monday.",
                "-- Sign up for our daily newsletter today",
                "--- gold paragraphs missing:",
                "++ A detour runs through the old town square."), lines.subList(1, lines.size()));
    }
}
