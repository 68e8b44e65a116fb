package org.gazette.parse.html.impl;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.gazette.text.BylineWords;
import org.gazette.text.Bylines;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * A byline that says so anywhere in the body, outside navigation, headers, footers and asides:
 * "Written by <a>Jane Doe</a>" at the foot of the text, "Posted by jdoe", "Author: Jane Doe". Only
 * these explicit words: a bare "By ..." far from the headline is as often a caption or a sentence.
 * <p>
 * Its words are English only, not {@link BylineWords#AUTHOR_LABELS}: this rule reads every text of the body, and
 * tries its pattern only on the texts that open with one of its words' first letters ({@code LABEL_INITIALS});
 * the other languages' labels would open that gate to most texts ("t", "s", "p", Cyrillic, Devanagari, Arabic).
 * Their bylines are read where bylines stand: in byline elements ({@link Bylines}), above the text
 * ({@link MetaLabels}) and in a facts box ({@link AsideAuthorFields}).
 * <p>
 * Also a sentence in which the text credits its writer, as a note above or below it does ({@link CreditSentences}:
 * "This post was written by Jane Doe, Head of Marketing").
 */
final class WrittenByLines {

    private static final Pattern EXPLICIT = Pattern.compile("(?iu)^(?:(?:" + BylineWords.WRITTEN_BY_VERB_PATTERN + ")\\s+by\\s*:?|author\\s*:)(?:\\s|$)");
    /** A byline's label alone, the name in the next element: {@code <h2>Article by</h2><div>Jane Doe</div>}, {@code <strong>Contributors:</strong> Jane Doe}. */
    private static final Pattern LABEL_ONLY = Pattern.compile("(?iu)^(?:(?:(?:article|post)\\s+)?(?:"
            + BylineWords.WRITTEN_BY_VERB_PATTERN + ")\\s+by|article\\s+by|by|authors?|contributors?\\s*:)\\s*:?$");
    /** How many texts after a lone label are read for the name. */
    private static final int AFTER_LABEL = 2;
    private static final int MAX_NAME = 60;
    /** The first letters of the words above: a text opening with another is neither. */
    private static final String LABEL_INITIALS = "wprabc";
    private static final Set<String> OUTSIDE = Set.of("nav", "header", "footer", "aside", "script", "style", "template", "form");

    private WrittenByLines() {
    }

    /**
     * @return true for a link to the previous or next post ({@code rel="prev"}, {@code rel="next"}):
     *         "Previous" after an empty "Written By" label is the pager's, not a name
     */
    private static boolean isPagingLink(Node parent) {
        if (!(parent instanceof Element link) || !link.normalName().equals("a")) {
            return false;
        }
        for (String rel : link.attr("rel").split("\\s+")) {
            if (rel.equalsIgnoreCase("prev") || rel.equalsIgnoreCase("next")) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param body the page's body
     * @return the names of the first such line (the text of the element that holds the words, so
     *         that a linked name after them counts), or an empty list
     */
    static List<String> find(Element body) {
        @SuppressWarnings("unchecked")
        List<String>[] found = new List[] {List.of()};
        int[] afterLabel = {0};
        Element[] credited = {null};
        body.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!found[0].isEmpty()) {
                    return FilterResult.STOP;
                }
                if (node instanceof Element e && OUTSIDE.contains(e.normalName())) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (node instanceof TextNode t && !t.isBlank() && afterLabel[0] == 0 && node.parent() instanceof Element line
                        && line != credited[0] && CreditSentences.mayOpen(t.getWholeText())) {
                    credited[0] = line; // an element is read once, however many of its text nodes may open the sentence
                    found[0] = CreditSentences.names(line);
                    if (!found[0].isEmpty()) {
                        return FilterResult.STOP;
                    }
                }
                if (node instanceof TextNode t && !t.isBlank() && (afterLabel[0] > 0 || Text.opensWithOneOf(t.getWholeText(), LABEL_INITIALS))) {
                    String text = t.getWholeText().strip();
                    if (afterLabel[0] > 0 && text.length() <= MAX_NAME && !isPagingLink(node.parent())) {
                        found[0] = PostNominals.names(text); // "Jane Doe, MD, FACP" under "Article written by:"
                    } else if (EXPLICIT.matcher(text).find() && node.parent() instanceof Element line
                            && !LongText.exceeds(line, Bylines.MAX_LINE)) {
                        found[0] = Bylines.fromLine(NameLists.lineText(line));
                    }
                    afterLabel[0] = LABEL_ONLY.matcher(text).matches() ? AFTER_LABEL : Math.max(0, afterLabel[0] - 1);
                }
                return FilterResult.CONTINUE;
            }
        });
        return found[0];
    }

}
