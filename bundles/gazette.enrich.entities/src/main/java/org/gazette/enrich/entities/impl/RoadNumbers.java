package org.gazette.enrich.entities.impl;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.gazette.api.model.EntityType;

/**
 * Roads named by a number are places: US interstates and highways written with a hyphen ("I-44",
 * "US-412", "SR-51"), a road word and a number ("Route 66", "Highway 1", "Interstate 80"), and
 * British motorways and A roads ("the M1", "the A64", "the M18 eastbound"), which need "the" before
 * them or a direction after them because "A1" or "B2" alone is as often a grade, a paper size or a cell.
 * A carriageway after the number is part of the name ("I-44 West" and "I-44 East" are two, and so
 * are "the A64" and "the A64 eastbound").
 */
final class RoadNumbers {

    private static final Pattern HYPHENATED = Pattern.compile("(?:I|US|SR)-[1-9][0-9]{0,3}[A-Z]?");
    private static final Pattern BRITISH = Pattern.compile("[AM][1-9][0-9]{0,3}M?");
    private static final Pattern SHORT_NUMBER = Pattern.compile("[1-9][0-9]{0,3}[A-Z]?");
    private static final Set<String> ROAD_WORDS = Set.of("Route", "Highway", "Interstate", "Hwy");
    /** A carriageway written after the number is part of the name: "I-44 West" and "I-44 East" are two roads. */
    private static final Set<String> COMPASS = Set.of("North", "South", "East", "West");
    private static final Set<String> DIRECTIONS = Set.of("northbound", "southbound", "eastbound", "westbound");

    private final List<Token> tokens;

    RoadNumbers(List<Token> tokens) {
        this.tokens = tokens;
    }

    void add(AddedNames added) {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.shape == Token.Shape.UPPER && HYPHENATED.matcher(t.text).matches()
                    || t.shape == Token.Shape.UPPER && BRITISH.matcher(t.text).matches() && (afterThe(i) || beforeDirection(i))) {
                int to = i + 1 < tokens.size() && (COMPASS.contains(tokens.get(i + 1).text) || beforeDirection(i)) ? i + 2 : i + 1;
                added.add(i, to, EntityType.LOCATION, added.surface(i, to), 0.6);
            } else if (t.shape == Token.Shape.CAPITALISED && ROAD_WORDS.contains(t.text) && i + 1 < tokens.size()
                    && tokens.get(i + 1).shape == Token.Shape.NUMBER && SHORT_NUMBER.matcher(tokens.get(i + 1).text).matches()) {
                String name = (t.is("Hwy") ? "Highway" : t.text) + " " + tokens.get(i + 1).text;
                added.add(i, i + 2, EntityType.LOCATION, name, 0.6);
            }
        }
    }

    private boolean afterThe(int i) {
        return i > 0 && tokens.get(i - 1).text.equalsIgnoreCase("the");
    }

    private boolean beforeDirection(int i) {
        return i + 1 < tokens.size() && DIRECTIONS.contains(tokens.get(i + 1).text);
    }
}
