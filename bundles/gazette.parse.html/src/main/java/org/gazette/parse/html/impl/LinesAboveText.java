package org.gazette.parse.html.impl;

import java.util.ArrayList;
import java.util.List;

import org.gazette.text.BoilerplateLines;
import org.gazette.text.Bylines;

/**
 * The lines a template prints above a post's text, which {@link Edges} drops: the date, the byline,
 * the reading time and the labels before them, set in any type, down to the first paragraph of prose.
 */
final class LinesAboveText {

    private LinesAboveText() {
    }

    /**
     * Drops date, byline (or an author's bare name), reading-time, disclosure and photo-credit lines,
     * and the label of such a line in an element of its own before it ("Written by", "Last
     * updated:"), before the first paragraph of prose, and a standfirst: a first paragraph that
     * repeats the page's description and stands apart from the paragraphs after it (another parent
     * element). A headline long enough to read as prose is no such paragraph: the date, byline and
     * reading-time lines under it go too. A date, byline or meta line set as a heading
     * ({@code <h5 class="preheadline">January 23, 2025</h5>}, {@code <h6>By Jane Doe</h6>}) is such a
     * line all the same: a template's small type above the text, not the title of a section. So are
     * such lines between the first paragraph, a standfirst, and the next ({@link StandfirstMetaLines}).
     * So is a section label in an element named as one ({@link TopicLabels}: a kicker, the post's category or tags).
     */
    static void drop(List<Blocks.Block> blocks, boolean[] dropped, String description, AuthorNames names) {
        boolean headline = false;
        List<Integer> labels = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            if (dropped[i]) {
                continue;
            }
            Blocks.Block b = blocks.get(i);
            String text = b.text();
            boolean prose = Tally.isProse(b);
            if (!prose && !b.heading() && MetaLabels.isLabel(text)) {
                labels.add(i); // goes with its value, known once the value's line is read
            } else if (!headline && (BoilerplateLines.isDisclosure(text) || BoilerplateLines.isCredit(text))
                    || BoilerplateLines.isReadingTime(text) || !prose && !b.heading() && (MetaLines.isDateOrByline(text)
                            || names.isName(text) || DateBoxLines.isDateBoxLine(b))
                    || !prose && b.heading() && MetaLines.isDateOrPeoplesByline(text, names) || !b.heading() && isTimeLine(b)
                    || !prose && !b.heading() && TopicLabels.isLabel(b)) {
                dropped[i] = true;
            } else if (prose) {
                if (!headline && !description.isEmpty() && Text.key(text).equals(description) && standsApart(blocks, dropped, i)) {
                    dropped[i] = true;
                    continue;
                }
                if (b.heading() && !headline) {
                    headline = true; // a long headline is no paragraph: its date and byline lines follow it
                    continue;
                }
                StandfirstMetaLines.drop(blocks, dropped, i, names);
                break;
            }
        }
        for (int i : labels) {
            if (i + 1 < blocks.size() && dropped[i + 1]) {
                dropped[i] = true; // its byline or date went: "By:" above a list of names that stays is the list's
            }
        }
    }

    /**
     * @return true for a meta line that prints the post's {@code <time>} among other fields, whatever
     *         its labels' language, and is no sentence: a line long enough to count as prose ("Ayşe
     *         Yılmaz Giriş: 14.09.2023 12:00 Güncelleme: 14.09.2023 16:30") but no longer than a byline
     */
    private static boolean isTimeLine(Blocks.Block b) {
        return b.text().length() <= Bylines.MAX_LINE && !Text.endsSentence(b.text()) && DateBoxLines.printsDateField(b);
    }

    /** @return true when the next paragraph of prose after a block has another parent element */
    private static boolean standsApart(List<Blocks.Block> blocks, boolean[] dropped, int i) {
        for (int j = i + 1; j < blocks.size(); j++) {
            if (!dropped[j] && Tally.isProse(blocks.get(j))) {
                return blocks.get(j).owner().parent() != blocks.get(i).owner().parent();
            }
        }
        return false;
    }
}
