package org.gazette.enrich.entities.impl;

import java.util.List;
import java.util.Set;

/**
 * A noun of a part of a text, a law, a survey or a process with a number is no name: "Title IV",
 * "Chapter 12", "Wave 3", "Phase 2", "Decree 2005-981", "Article III". Neither the noun alone before
 * the number nor the noun with it names a person, organisation or place, whatever a guess made of
 * it; a numbered place keeps its own noun ("Terminal 2", "Route 66" are not such parts).
 */
final class NumberedParts {

    /** Nouns that a number or a roman numeral after them makes a numbered part. */
    private static final Set<String> PART_NOUNS = Set.of("Title", "Chapter", "Chapters", "Section", "Sections",
            "Article", "Articles", "Part", "Wave", "Phase", "Stage", "Step", "Table", "Figure", "Fig.", "Appendix",
            "Volume", "Vol.", "Decree", "Clause", "Paragraph", "Rule", "Item", "Exhibit", "Tab", "Question",
            "Method", "Level", "Round", "Session", "Experiment", "Study", "Model", "Version", "Act", "Scene", "Verse");

    private final List<Token> tokens;

    NumberedParts(List<Token> tokens) {
        this.tokens = tokens;
    }

    /** The run is such a noun, alone before a number or with it ("Wave 3"). */
    boolean isPart(Candidate c) {
        if (!PART_NOUNS.contains(tokens.get(c.from).text)) {
            return false;
        }
        if (c.length() == 1) {
            return c.to < tokens.size() && isNumber(tokens.get(c.to));
        }
        return c.length() == 2 && isNumber(tokens.get(c.from + 1));
    }

    private static boolean isNumber(Token t) {
        return t.shape == Token.Shape.NUMBER || t.shape == Token.Shape.UPPER && t.text.matches("[IVXL]+");
    }
}
