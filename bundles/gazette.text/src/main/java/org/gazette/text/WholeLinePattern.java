package org.gazette.text;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern that must match a line as a whole ({@link Matcher#matches}), with a memory of the
 * line openings (first {@value #OPENING} characters) no matching line can start with. The wording
 * cues of {@link BoilerplateLines} are long alternations of phrases, which the JDK's engine tries
 * one after the other at the line's first character, case-folding each: they were 3% of a page's
 * parse, nearly all of it on lines that match none ("The harbour reopened...", "Photo: ..."). Such
 * lines mostly open with a few characters no phrase opens with, which the memory answers at the
 * cost of one map look-up.
 *
 * <p>The answer is always the pattern's own: an opening is known to rule a line out when matching
 * the opening alone fails without the engine having reached its end ({@link Matcher#hitEnd}), since
 * then the engine never looked at a character past the opening, and the rest of a longer line
 * cannot change the outcome. An opening that may begin a match, or that splits a surrogate pair,
 * leaves the line to the pattern. The memory is shared (thread-safe) and bounded: past
 * {@value #MAX_REMEMBERED} openings, new ones go to the pattern unremembered.
 */
final class WholeLinePattern {

    /** How many characters of a line open it. */
    static final int OPENING = 3;
    /** At most this many openings are remembered (a few hundred kilobytes). */
    static final int MAX_REMEMBERED = 4096;

    private final Pattern pattern;
    /** For each opening seen, whether a line starting with it may match. */
    private final Map<String, Boolean> openings = new ConcurrentHashMap<>();

    WholeLinePattern(Pattern pattern) {
        this.pattern = pattern;
    }

    /**
     * @param line the line
     * @return {@code pattern.matcher(line).matches()}
     */
    boolean matches(String line) {
        if (line.length() > OPENING && !Character.isHighSurrogate(line.charAt(OPENING - 1))
                && !mayOpenMatch(line.substring(0, OPENING))) {
            return false;
        }
        return pattern.matcher(line).matches();
    }

    private boolean mayOpenMatch(String opening) {
        Boolean known = openings.get(opening);
        if (known != null) {
            return known;
        }
        if (openings.size() >= MAX_REMEMBERED) {
            return true; // let the pattern read the line itself: no second match for an opening not kept
        }
        Matcher m = pattern.matcher(opening);
        boolean may = m.matches() || m.hitEnd();
        openings.put(opening, may);
        return may;
    }
}
