package org.gazette.parse.html.impl;

import java.util.List;

import org.gazette.text.BoilerplateLines;
import org.gazette.text.Bylines;

/**
 * Finds the byline, date and reading-time lines printed under a standfirst: the first paragraph
 * of prose, followed by lines that are each a date, a byline (also one long enough to count as
 * prose: "By Jane Doe, Security Expert &amp; John Roe, Home Expert Last Updated on Feb 27, 2026"),
 * a meta line, a reading time, a field's label or a name, at least one of them dated or a byline,
 * and then by the article's next paragraph ("Jane Doe" / "23.07.2025 · 6 min read" between the
 * summary and the text). Lines that lead to no paragraph (a date heading an item of a list of
 * events) stay. The standfirst itself is left alone: some pages' text opens with it.
 */
final class StandfirstMetaLines {

    private StandfirstMetaLines() {
    }

    /**
     * @param blocks the article's blocks in reading order
     * @param dropped which of them are already set aside (changed in place)
     * @param first the first paragraph of prose, the standfirst
     * @param names the article's authors
     */
    static void drop(List<Blocks.Block> blocks, boolean[] dropped, int first, AuthorNames names) {
        int end = first + 1;
        boolean dated = false;
        for (; end < blocks.size(); end++) {
            if (dropped[end]) {
                continue;
            }
            Blocks.Block b = blocks.get(end);
            String text = b.text();
            // a heading or a paragraph may open with "By": "By Train", "By Tuesday, most had left."
            boolean date = (b.heading() || Tally.isProse(b) ? MetaLines.isDateOrPeoplesByline(text, names)
                    : MetaLines.isDateOrByline(text)) || BoilerplateLines.isReadingTime(text);
            if (!date && (Tally.isProse(b) || b.heading())) {
                break;
            }
            if (!date && !names.isName(text) && !Bylines.isName(text) && !MetaLabels.isLabel(text)) {
                return;
            }
            dated |= date;
        }
        if (!dated || end == blocks.size() || blocks.get(end).heading() || !Tally.isProse(blocks.get(end))) {
            return;
        }
        for (int j = first + 1; j < end; j++) {
            dropped[j] = true;
        }
    }
}
