package org.gazette.enrich.entities.impl;

import java.util.regex.Pattern;

/**
 * Two numbers joined by a hyphen after a name are a score or a vote, not the number of a thing
 * named ("beat the Vexels 3-1", "Tarnby Rovers won 2-0 against Quillon 4-2", "the Senate voted
 * 51-49"): {@link SpanRepairs} does not join them to the name as it joins "Terminal 2" or "Apollo 11".
 */
final class ScoresAfterNames {

    /** "3-1", "102-99", "51-49": digits only on both sides of the hyphen, no leading zero ("36-01" is a number of a document). */
    private static final Pattern SCORE = Pattern.compile("(0|[1-9][0-9]{0,2})-(0|[1-9][0-9]{0,2})");

    private ScoresAfterNames() {
    }

    /** @return whether the word is a score: also no more digits after the hyphen than before it ("Case 22-506" is a docket) */
    static boolean isScore(Token t) {
        if (t.shape != Token.Shape.NUMBER || !SCORE.matcher(t.text).matches()) {
            return false;
        }
        int hyphen = t.text.indexOf('-');
        return t.text.length() - hyphen - 1 <= hyphen;
    }
}
