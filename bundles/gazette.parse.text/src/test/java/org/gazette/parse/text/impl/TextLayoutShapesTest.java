package org.gazette.parse.text.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Shapes of plain-text copies beyond paragraphs: rules, lists, Markdown marks and a byline that carries the date. */
class TextLayoutShapesTest {

    @Test
    void rulesDrawnInCharactersAreBreaksNotParagraphs() {
        PlainTextLayout.Layout layout = PlainTextLayout.read("""
                Harbour ferry fares to rise
                ===========================

                By Amira Lowe | 14 March 2025

                Fares on the island ferry will rise by 8% from April.

                * * *

                A return ticket will cost 46 pounds.
                """);
        assertEquals("Harbour ferry fares to rise", layout.title());
        assertEquals(List.of("Amira Lowe"), layout.authors());
        assertEquals("2025-03-14", layout.published());
        assertEquals("byline line", layout.publishedFrom());
        assertEquals(List.of("Fares on the island ferry will rise by 8% from April.", "A return ticket will cost 46 pounds."), layout.paragraphs());
    }

    @Test
    void eachListItemIsAParagraphHoweverItIsWrapped() {
        PlainTextLayout.Layout layout = PlainTextLayout.read("""
                New ferry fares

                What changes:
                - Car and two passengers: 46 pounds, up from
                  42.50 last year
                - Foot passengers: 7.20 each way
                1. Book online
                2. Show the code at the gate
                """);
        assertEquals(List.of("What changes:", "- Car and two passengers: 46 pounds, up from 42.50 last year", "- Foot passengers: 7.20 each way",
                "1. Book online", "2. Show the code at the gate"), layout.paragraphs());
    }

    @Test
    void markdownMarksLeaveTheWords() {
        PlainTextLayout.Layout layout = PlainTextLayout.read("""
                # Harbour ferry fares to rise

                _Published 14 March 2025_

                Fares on the **island ferry** will rise, the [operator](https://ferry.example/news) said.

                ## What changes
                """);
        assertEquals("Harbour ferry fares to rise", layout.title());
        assertEquals("2025-03-14", layout.published());
        assertEquals(List.of("Fares on the island ferry will rise, the operator said.", "What changes"), layout.paragraphs());
        assertEquals("a snake_case name and 2 * 3 stay", MarkdownMarks.strip("a snake_case name and 2 * 3 stay"));
        assertEquals("#hashtag", MarkdownMarks.strip("#hashtag"));
    }
}
