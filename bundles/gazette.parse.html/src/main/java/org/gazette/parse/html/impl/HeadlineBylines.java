package org.gazette.parse.html.impl;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.gazette.text.Bylines;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * The "By ..." line under the headline: found among the first short texts after each of the first
 * {@code <h1>} in reading order (also a field of a meta line there, or, when no such line comes, a
 * link to the author's archive, {@link AuthorArchiveLinks}), and weighed against the author the
 * metadata declares. CMS and SEO
 * plugins fill JSON-LD and {@code <meta name="author">} with the account that posted ("KatieS",
 * an editor, the firm's web manager), while the byline readers see credits the writer ("by Aoife
 * Roe"): when the two name different people, sharing no word at all, the line wins. A line that
 * shares a word with the declared name only writes it otherwise ("Jane Doe" for "Jane Doe, MD",
 * "Jane Doe Senior Editor") and gives way to it.
 */
final class HeadlineBylines {

    /** A "By ..." line after the headline (or a link to the author's archive there): its element, the names it gives, their source. */
    record Line(Element element, List<String> names, String from) {
    }

    /** How many short texts after an {@code <h1>} a "By ..." line is looked for in. */
    private static final int TEXTS_AFTER_HEADING = 25;
    /** How many {@code <h1>} elements a "By ..." line is looked for after. */
    private static final int MAX_HEADINGS = 3;
    private static final Evaluator H1 = Selector.evaluatorOf("h1");

    private HeadlineBylines() {
    }

    /**
     * @return the "By ..." line after the headline ({@link #lineAfterHeading}) when no list item holds it (a teaser's
     *         byline in a list of posts beside the article), or {@code null}
     */
    static Line outsideLists(Page page) {
        Element body = page.doc().body();
        Line line = body == null ? null : lineAfterHeading(body, page, new BylineUserNames());
        return line == null || line.element().closest("li") != null ? null : line;
    }

    /** @return the first "By ..." line among the first short texts after each of the first {@code <h1>}, or {@code null} */
    static Line lineAfterHeading(Element body, Page page, BylineUserNames users) {
        Element lastHeading = null; // past its window, no heading opens another: the walk ends there
        int withText = 0;
        for (Element h1 : page.tags().select(body, H1, "h1")) {
            if (h1.hasText() && withText++ < MAX_HEADINGS) {
                lastHeading = h1;
            }
        }
        if (lastHeading == null) {
            return null;
        }
        int seen = 0;
        int headings = 0;
        boolean last = false;
        Line archive = null; // a link to the author's archive: the byline when no "By ..." line follows
        for (Element el : page.tags().elements(body)) {
            if (el.normalName().equals("h1") && headings < MAX_HEADINGS && el.hasText()) {
                headings++;
                seen = 0;
                last = el == lastHeading;
                continue;
            }
            if (last && seen > TEXTS_AFTER_HEADING) {
                break;
            }
            if (headings == 0 || seen > TEXTS_AFTER_HEADING || !el.hasText() || el.childrenSize() > 3) {
                continue;
            }
            seen++;
            String text = LongText.exceeds(el, Bylines.MAX_LINE) ? null : NameLists.lineText(el);
            List<String> names = text == null ? List.of() : Bylines.fromLine(text);
            if (names.isEmpty()) {
                names = Bylines.fromLine(textToFirstLink(el));
            }
            if (names.isEmpty() && text != null) {
                names = HeadlineBylines.fieldNames(text); // "March 15, 2022 · 3 min read · By Ann Reed"
            }
            if (names.isEmpty() && text != null) {
                names = MetaLineFields.pictured(el, text); // "2025-12-17 · <img alt="Ann Reed"> Ann Reed"
            }
            if (!names.isEmpty() && holdsBylineBlock(el)) {
                continue; // lines of their own, read one by one next: "By Jane Doe" above "Co-founder and Chief Architect"
            }
            if (!names.isEmpty()) {
                return new Line(el, names, "byline text");
            }
            String linked = archive == null && el.normalName().equals("a") && !creditedOtherwise(el) ? AuthorArchiveLinks.name(el) : null;
            if (linked != null) {
                archive = new Line(el, List.of(linked), "author link");
            }
            if (el.childrenSize() == 0) {
                users.offerLine(el.text(), true);
            }
        }
        return archive;
    }

    /**
     * @return whether the text just before a link under the headline credits its person with another part than
     *         writing ("Edited by", "Medically reviewed by", {@link OtherCredits}), looked for up to the link's
     *         grandparent: {@code <p>Edited by <a>...</a></p>}, {@code <div><span>Reviewed by</span> <span><a>...</a></span></div>}
     */
    private static boolean creditedOtherwise(Element link) {
        Element around = link.parent() == null || link.parent().parent() == null ? link.parent() : link.parent().parent();
        return around != null && OtherCredits.creditedOtherwise(link, around);
    }

    /**
     * @return whether a child of the element is a block ({@code <p>}, {@code <div>}) that is a "By ..." line by itself:
     *         read whole, the element would run the name into the next line ("By Jane Doe Co-founder and Chief
     *         Architect"); a label and a name in blocks of their own ("Written by", "Jane Doe") are read together
     */
    private static boolean holdsBylineBlock(Element el) {
        for (Element child : el.children()) {
            if (child.isBlock() && !LongText.exceeds(child, Bylines.MAX_LINE) && !Bylines.fromLine(child.text()).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /**
     * @return an element's text up to the end of its first link child, or an empty string when
     *         it has none: "By <a>Jane Doe</a>" of a line that goes on with other links
     *         ("View in digital edition")
     */
    private static String textToFirstLink(Element el) {
        StringBuilder text = new StringBuilder();
        for (Node part : el.childNodes()) {
            if (part instanceof TextNode t) {
                text.append(t.text());
            } else if (text.toString().isBlank()) {
                return ""; // no "By" before the first element: not a byline line
            } else if (part instanceof Element e) {
                text.append(' ').append(e.text()).append(' ');
                if (e.normalName().equals("a")) {
                    return text.toString();
                }
            }
        }
        return "";
    }

    /**
     * @param declared the authors read from JSON-LD or the meta tags
     * @param line the "By ..." line after the headline, or {@code null}
     * @return the line's names when they share no word with the declared ones (provenance: the
     *         line's own, "byline text" or "author link", and "(not the declared author)"), else {@code declared}
     */
    static Pick<List<String>> shownInstead(Pick<List<String>> declared, Line line) {
        if (line == null || line.names().isEmpty()) {
            return declared;
        }
        Set<String> words = words(declared.value());
        for (String word : words(line.names())) {
            if (words.contains(word)) {
                return declared;
            }
        }
        return new Pick<>(line.names(), line.from() + " (not the declared author)");
    }

    /**
     * @param line the text of a meta line under the headline
     * @return the names of its first field, after a bar, a bullet or a middle dot, that is a "By ..." byline
     *         ("March 15, 2022 · 3 min read · By Ann Reed", as templates print the date, the reading time and
     *         the byline in one line); empty when none is
     */
    static List<String> fieldNames(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\u00B7' || c == '|' || c == '\u2022') {
                List<String> names = Bylines.fromLine(line.substring(i + 1));
                if (!names.isEmpty()) {
                    return names;
                }
            }
        }
        return List.of();
    }

    /** @return the lower-case words of the names, cut at whatever is no letter */
    private static Set<String> words(List<String> names) {
        Set<String> words = new HashSet<>();
        for (String name : names) {
            for (String word : name.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{M}]+")) {
                if (!word.isEmpty()) {
                    words.add(word);
                }
            }
        }
        return words;
    }
}
