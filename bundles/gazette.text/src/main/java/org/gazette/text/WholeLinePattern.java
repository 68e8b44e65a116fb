package org.gazette.text;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern that must match a line as a whole ({@link Matcher#matches}), with a memory of the
 * line openings (first {@value #OPENING} characters) no matching line can start with. The wording
 * cues of {@link BoilerplateLines} are long alternations of phrases, which the JDK's engine tries
 * one after the other at the line's first character, case-folding each: they were 3% of a page's
 * parse, nearly all of it on lines that match none ("The harbour reopened...", "Photo: ..."). Such
 * lines mostly open with a few characters no phrase opens with, which the memory answers at the
 * cost of one look-up.
 *
 * <p>The answer is always the pattern's own: an opening is known to rule a line out when matching
 * the opening alone fails without the engine having reached its end ({@link Matcher#hitEnd}), since
 * then the engine never looked at a character past the opening, and the rest of a longer line
 * cannot change the outcome. An opening that may begin a match, or that splits a surrogate pair,
 * leaves the line to the pattern. The memory is shared (thread-safe) and bounded: past
 * {@value #MAX_REMEMBERED} openings, new ones go to the pattern unremembered.
 *
 * <p>The memory is a table of longs, each an opening's three characters packed with its answer, filled
 * by compare-and-set and never changed after: a map keyed by the opening's string cost a substring and
 * its hash at every line (1.5% of the profile's samples, more than the patterns it spared).
 */
final class WholeLinePattern {

    /** How many characters of a line open it. */
    static final int OPENING = 3;
    /** At most this many openings are remembered (a few hundred kilobytes). */
    static final int MAX_REMEMBERED = 4096;
    /** Slots of the table: twice the openings remembered, so that a probe meets an empty slot soon. */
    private static final int SLOTS = 2 * MAX_REMEMBERED;
    /** In an entry, the bit that marks a slot as taken (an empty slot is 0). */
    private static final long TAKEN = 2;
    /** In an entry, the bit of the answer: a line with this opening may match. */
    private static final long MAY = 1;

    private final Pattern pattern;
    /** Entries {@code opening << 2 | TAKEN | MAY-or-0}, at the opening's hash or the next free slot after it. */
    private final AtomicLongArray openings = new AtomicLongArray(SLOTS);
    private final AtomicInteger remembered = new AtomicInteger();

    WholeLinePattern(Pattern pattern) {
        this.pattern = pattern;
    }

    /**
     * @param line the line
     * @return {@code pattern.matcher(line).matches()}
     */
    boolean matches(String line) {
        if (line.length() > OPENING && !Character.isHighSurrogate(line.charAt(OPENING - 1)) && !mayOpenMatch(line)) {
            return false;
        }
        return pattern.matcher(line).matches();
    }

    /** @param line a line longer than the opening */
    private boolean mayOpenMatch(String line) {
        long key = (long) line.charAt(0) << 32 | (long) line.charAt(1) << 16 | line.charAt(2);
        int first = slot(key);
        for (int i = 0, s = first; i < SLOTS; i++, s = (s + 1) & (SLOTS - 1)) {
            long entry = openings.get(s);
            if (entry == 0) {
                break;
            }
            if (entry >>> 2 == key) {
                return (entry & MAY) != 0;
            }
        }
        if (remembered.get() >= MAX_REMEMBERED) {
            return true; // let the pattern read the line itself: no second match for an opening not kept
        }
        Matcher m = pattern.matcher(line.substring(0, OPENING));
        boolean may = m.matches() || m.hitEnd();
        remember(key, first, may);
        return may;
    }

    /** Puts the answer in the first empty slot from the opening's own, unless another thread put it there first. */
    private void remember(long key, int first, boolean may) {
        long entry = key << 2 | TAKEN | (may ? MAY : 0);
        for (int i = 0, s = first; i < SLOTS; i++, s = (s + 1) & (SLOTS - 1)) {
            if (openings.compareAndSet(s, 0, entry)) {
                remembered.incrementAndGet();
                return;
            }
            if (openings.get(s) >>> 2 == key) {
                return; // the same answer, remembered meanwhile
            }
        }
    }

    private static int slot(long key) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> (64 - Integer.numberOfTrailingZeros(SLOTS)));
    }
}
