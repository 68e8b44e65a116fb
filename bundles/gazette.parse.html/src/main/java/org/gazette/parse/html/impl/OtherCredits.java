package org.gazette.parse.html.impl;

import java.util.regex.Pattern;

import org.gazette.text.BylineWords;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Names a byline credits with another part than writing: "Reviewed by", "Fact checked by",
 * "Edited by", "Updated by", "Photos by" before a linked name ("By <a>Jane Doe</a>. Medically
 * reviewed by <a>John Roe, MD</a>"), or an editor's label with its colon after the writer's name
 * ("Penulis: <a>Dewi Lestari</a> | Editor: <a>Budi Santoso</a>", "Редактор:"). Such a name is no author.
 */
final class OtherCredits {

    private static final Pattern LABEL = Pattern.compile(
            "(?iu)(?:reviewed|edited|updated|fact[- ]?checked|checked|illustrat(?:ed|ion|ions)|photo(?:s|graphs|graphy)?|video|produced|translated"
                    + "|geprüft|bearbeitet|aktualisiert|revisado|editado|relu|révisé|mis à jour)"
                    + "\\s+(?:" + BylineWords.BY_PATTERN + ")\\s*:?\\s*$"
                    // an editor's label with its colon, as Indonesian, Russian, Turkish, Vietnamese and Arabic
                    // bylines print it after the writer's: "Penulis: <a>Dewi Lestari</a> | Editor: <a>Budi Santoso</a>"
                    + "|(?:^|[|•·,;]\\s*|\\s)(?:editor|redaktur|penyunting|редактор|editör|biên tập|تحرير|محرر)\\s*:\\s*$");
    /** How far back, in characters, the label is looked for. */
    private static final int TAIL = 60;

    private OtherCredits() {
    }

    /**
     * @param link a link inside the byline
     * @param byline the byline element
     * @return whether the text just before the link, inside the byline, credits another part
     */
    static boolean creditedOtherwise(Element link, Element byline) {
        String before = textBefore(link, byline);
        return before != null && LABEL.matcher(before.length() > TAIL ? before.substring(before.length() - TAIL) : before).find();
    }

    /** @return the nearest non-blank text before the node inside the byline, or {@code null} */
    private static String textBefore(Node node, Element byline) {
        for (Node at = node; at != null && at != byline; at = at.parent()) {
            for (Node previous = at.previousSibling(); previous != null; previous = previous.previousSibling()) {
                String text = previous instanceof TextNode t ? t.text() : previous instanceof Element e ? e.text() : "";
                if (!text.isBlank()) {
                    return text.strip();
                }
            }
        }
        return null;
    }
}
