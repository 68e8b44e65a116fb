package org.gazette.parse.html.impl;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gazette.text.Bylines;
import org.jsoup.nodes.Element;

/**
 * A sentence in which the text names its writer: "This post was written by Jane Doe, Head of Marketing",
 * "<em>This article was written by <a>Jane Doe, MD</a>, gastroenterologist.</em>", as a note in italics at the
 * top of a guest post or an author box at its foot credits the writer (also "Cet article a été écrit par",
 * "Este artículo fue escrito por", "Questo articolo è stato scritto da"). The writer is the linked name right
 * after the words, with the credentials the link prints ({@link PostNominals}), or the text up to the first
 * comma: the role and the employer that follow are no co-authors. For {@link WrittenByLines}, which reads the
 * body's texts in order.
 */
final class CreditSentences {
    /** The text as the subject, a verb of writing in the passive, and the word that introduces the writer. */
    private static final Pattern CREDIT = Pattern.compile("(?iu)^(?:(?:this|the)\\s+(?:\\p{L}+\\s+){1,2}(?:was|is|has\\s+been)"
            + "\\s+(?:written|authored|contributed)\\s+by|(?:cet|ce|cette)\\s+(?:\\p{L}+\\s+){1,2}a\\s+été\\s+(?:écrit|écrite|rédigé|rédigée)"
            + "\\s+par|(?:este|esta)\\s+(?:\\p{L}+\\s+){1,2}(?:fue|foi)\\s+(?:escrito|escrita)\\s+por"
            + "|(?:questo|questa)\\s+(?:\\p{L}+\\s+){1,2}è\\s+stat[oa]\\s+scritt[oa]\\s+da)(?:\\s+|$)");
    /** The first letters of the sentences above: a text opening with another is none. */
    private static final String INITIALS = "tceq";
    /** Every sentence above holds one of these ("écrit", "escrito" and "scritto" hold "crit"). */
    private static final AsciiWords VERBS = new AsciiWords("written", "authored", "contributed", "crit");
    /** The line holding the sentence: the writer is named near its start, a longer text is a paragraph about something else. */
    private static final int MAX_LINE = 2 * Bylines.MAX_LINE;
    /** Where the writer's name ends when no link holds it: before the role, the employer, the end of the sentence. */
    private static final Pattern AFTER_NAME = Pattern.compile("\\s*[,;.(\u2013\u2014].*$");

    private CreditSentences() {
    }

    /** @return whether a text node may open such a sentence: cheap tests, before {@link #names} reads its element */
    static boolean mayOpen(String text) {
        return Text.opensWithOneOf(text, INITIALS) && VERBS.occurIn(text);
    }

    /**
     * @param line the element whose text may open with the sentence
     * @return the writer it credits, or an empty list
     */
    static List<String> names(Element line) {
        if (LongText.exceeds(line, MAX_LINE)) {
            return List.of();
        }
        String text = Text.normalise(line.text());
        Matcher m = CREDIT.matcher(text);
        if (!m.lookingAt()) {
            return List.of();
        }
        String rest = text.substring(m.end());
        for (Element link : line.getElementsByTag("a")) {
            String name = Text.normalise(link.text());
            if (!name.isEmpty() && rest.startsWith(name)) {
                return PostNominals.names(name);
            }
        }
        return Bylines.names(AFTER_NAME.matcher(rest).replaceFirst(""));
    }
}
