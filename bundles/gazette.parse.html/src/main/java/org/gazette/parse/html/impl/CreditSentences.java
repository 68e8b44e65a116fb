package org.gazette.parse.html.impl;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gazette.text.Bylines;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * A sentence in which the text names its writer: "This post was written by Jane Doe, Head of Marketing",
 * "<em>This article was written by <a>Jane Doe, MD</a>, gastroenterologist.</em>", as a note in italics at the
 * top of a guest post or an author box at its foot credits the writer (also "Cet article a été écrit par",
 * "Este artículo fue escrito por", "Questo articolo è stato scritto da"). The writer is the linked name right
 * after the words (a title before the link is passed over), with the credentials the link prints
 * ({@link PostNominals}), or the text up to the end of the name ({@link #nameEnd}): the role and the employer that
 * follow are no co-authors. Not in a caption or a quotation, which credit another text. For {@link WrittenByLines},
 * which reads the body's texts in order.
 */
final class CreditSentences {
    /**
     * "This", a word for a post (and up to one word before it: "This guest post"), a verb of writing in the passive,
     * and the word that introduces the writer. Only the text itself as the subject: "The bill was authored by ...",
     * "The letter was written by ..." credit someone else's text.
     */
    private static final Pattern CREDIT = Pattern.compile("(?iu)^(?:this\\s+(?:\\p{L}+\\s+)?(?:post|article|story|piece|column|essay"
            + "|guide|review|blog)\\s+(?:was|is|has\\s+been)\\s+(?:written|authored|contributed)\\s+by"
            + "|(?:cet|ce)\\s+(?:article|billet)\\s+a\\s+\u00e9t\u00e9\\s+(?:\u00e9crit|r\u00e9dig\u00e9)\\s+par"
            + "|(?:este|esta)\\s+(?:art\u00edculo|post|entrada|artigo)\\s+(?:fue|foi)\\s+(?:escrito|escrita)\\s+por"
            + "|questo\\s+(?:articolo|post)\\s+\u00e8\\s+stato\\s+scritto\\s+da)(?:\\s+|$)");
    /** The first letters of the sentences above: a text opening with another is none. */
    private static final String INITIALS = "tceq";
    /** Every sentence above holds one of these ("écrit", "escrito" and "scritto" hold "crit", "rédigé" holds "dig"). */
    private static final AsciiWords VERBS = new AsciiWords("written", "authored", "contributed", "crit", "dig");
    /** The line holding the sentence: the writer is named near its start, a longer text is a paragraph about something else. */
    private static final int MAX_LINE = 2 * Bylines.MAX_LINE;
    /** How far into the words after the sentence a linked name may start ("by Dr. <a>Jane Doe</a>"). */
    private static final int LINK_START = 12;
    /** Elements whose sentences credit another text: a picture's caption, a quotation. */
    private static final Evaluator QUOTED = Selector.evaluatorOf("figure, figcaption, blockquote");

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
        if (line.closest(QUOTED) != null) {
            return List.of();
        }
        String rest = text.substring(m.end());
        for (Element link : line.getElementsByTag("a")) {
            String name = Text.normalise(link.text());
            int at = name.isEmpty() ? -1 : rest.indexOf(name);
            if (at >= 0 && at <= LINK_START) {
                return PostNominals.names(name);
            }
        }
        List<String> names = Bylines.names(rest.substring(0, nameEnd(rest)));
        return names.size() == 1 && !names.get(0).contains(" ") ? List.of() : names; // "by Dr" cut short is no name
    }

    /**
     * @return where the writer's name ends when no link holds it: before the role, the employer or the end of the
     *         sentence (a comma, a semicolon, a bracket, a dash, or a full stop after a word of five letters or more
     *         or in lower case), not at the full stop of an initial or a title ("J. R. Smith", "Dr. Jane Doe")
     */
    static int nameEnd(String rest) {
        int word = 0;
        for (int i = 0; i < rest.length(); i++) {
            char c = rest.charAt(i);
            if (",;(\u2013\u2014".indexOf(c) >= 0) {
                return i;
            }
            if (c == '.' && (i - word > 4 || i > word && Character.isLowerCase(rest.charAt(word)))) {
                return i;
            }
            if (!Character.isLetter(c)) {
                word = i + 1;
            }
        }
        return rest.length();
    }
}
