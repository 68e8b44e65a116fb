package org.gazette.parse.html.impl;

import java.util.Set;
import java.util.regex.Pattern;

import org.gazette.text.BylineWords;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * A date the page labels as its publication or update anywhere in its body, outside navigation,
 * footers and asides: "Last updated: November 13, 2025" at the foot of the text, "Posted on
 * 15/12/2025 at 19:00", or a label with the date in the next element ({@code <div>Published</div>
 * <div>October 14, 2025</div>}), or a byline's label with the name and then the date after it
 * ({@code <p>Written by <a>Jane Doe</a></p><p>April 8, 2024</p>}). The last visible resort, for pages whose date is far from their
 * headline or that have none.
 */
final class LabelledDates {

    /** A text that opens with a label of publication or update. */
    private static final Pattern LABELLED = Pattern.compile("(?iu)^(?:last\\s+)?(?:published|updated|modified|posted|"
            + "veröffentlicht|aktualisiert|publié|mis à jour|publicado|actualizado)\\b");
    /** A text that is only such a label ("Published", "Posted on:", "Last updated"). */
    private static final Pattern LABEL_ONLY = Pattern.compile("(?iu)^(?:last\\s+)?(?:published|updated|modified|posted|"
            + "veröffentlicht|aktualisiert|publié|mis à jour|publicado|actualizado)(?:\\s+(?:" + BylineWords.DATE_CONNECTOR_PATTERN + "))?\\s*:?$");
    /**
     * A text that is only the label of a byline ("Written by", "Geschrieben von"): in an author box
     * at the foot of the text, the name follows and then the date ({@code <p>Written by <a>Jane
     * Doe</a></p><p>April 8, 2024</p>}).
     */
    private static final Pattern BYLINE_LABEL = Pattern.compile("(?iu)^(?:(?:" + BylineWords.WRITTEN_BY_VERB_PATTERN + ")\\s+by|"
            + BylineWords.WRITTEN_BY_LABEL_PATTERN + ")\\s*:?$");
    /** The first letters of the labels above: a text opening with another cannot be one. */
    private static final String LABEL_INITIALS = "lpumvagwéers";
    private static final Set<String> OUTSIDE = Set.of("nav", "footer", "aside", "script", "style", "template");
    /** How many texts after a lone label are read for its date. */
    private static final int AFTER_LABEL = 2;
    private static final int MAX_TEXT = 80;

    private LabelledDates() {
    }

    /**
     * @param body the page's body
     * @param dates how the page's dates read ("Updated 2 hours ago" against the fetch time, "03/10/2023" in its order)
     * @return the first labelled date, or {@code null}
     */
    static Pick<String> find(Element body, DateReader dates) {
        @SuppressWarnings("unchecked")
        Pick<String>[] found = new Pick[1];
        int[] afterLabel = {0};
        body.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (found[0] != null) {
                    return FilterResult.STOP;
                }
                if (node instanceof Element e && OUTSIDE.contains(e.normalName())) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (node instanceof TextNode t && !t.isBlank() && (afterLabel[0] > 0 || Text.opensWithOneOf(t.getWholeText(), LABEL_INITIALS))) {
                    String text = Text.normalise(t.getWholeText());
                    if (text.length() <= MAX_TEXT) {
                        if (afterLabel[0] > 0 || LABELLED.matcher(text).find()) {
                            found[0] = VisibleDates.read(text, "labelled date", dates);
                        }
                        afterLabel[0] = LABEL_ONLY.matcher(text).matches() || BYLINE_LABEL.matcher(text).matches()
                                ? AFTER_LABEL : Math.max(0, afterLabel[0] - 1);
                    } else {
                        afterLabel[0] = 0;
                    }
                }
                return FilterResult.CONTINUE;
            }
        });
        return found[0];
    }
}
