package org.gazette.parse.html.impl;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.gazette.text.Bylines;
import org.jsoup.nodes.Element;

/**
 * The person a page pictures beside their name: an {@code <img>} whose {@code alt} text is a
 * person's name (or opens with it: "Jane Doe, Tech Writer", "Jane Doe Image") and a text printed
 * right after it that is that name alone ({@code <img alt="Jane Doe"><div>Jane Doe</div>},
 * {@code <p><img alt="Jane Doe"></p><p><strong>Jane Doe</strong> <em>Writer</em></p>}), as author
 * cards and bio boxes print the writer without a class, a {@code rel} or a "By" to tell them: a
 * picture and its caption that agree name the same person, when a bio or a link after them calls the person by
 * the first name alone ("Jane is a writer...", "Articles by Jane"), which a product or a place pictured with its
 * name ("Snake Plant", then "Snake plants are...") never is. The last resort of {@link Authors}, for
 * pages that credit nobody otherwise; readers' comments (their avatars), navigation and footers
 * are passed by.
 */
final class AuthorPortraits {
    /** The provenance of a name read this way. */
    static final String SOURCE = "portrait";
    /** How many elements after the picture its name is looked for in. */
    private static final int NAME_WITHIN = 8;
    private static final int MAX_PICTURES = 200;
    /** How many elements after the caption a bio's mention of the first name is looked for in. */
    private static final int BIO_WITHIN = 8;
    private static final int MAX_BIO_CHARS = 1500;
    private static final Set<String> OUTSIDE = Set.of("nav", "footer", "button");

    private AuthorPortraits() {
    }

    /** @return the name of the first picture captioned by it, or {@code null} */
    static String find(Page page) {
        Element body = page.doc().body();
        if (body == null) {
            return null;
        }
        List<Element> elements = page.tags().elements(body);
        int pictures = 0;
        for (int i = 0; i < elements.size() && pictures < MAX_PICTURES; i++) {
            Element img = elements.get(i);
            if (!img.normalName().equals("img")) {
                continue;
            }
            pictures++;
            String alt = Text.normalise(img.attr("alt"));
            if (alt.indexOf(' ') < 0 || alt.length() > 80) {
                continue;
            }
            for (int j = i + 1; j < elements.size() && j <= i + NAME_WITHIN; j++) {
                Element el = elements.get(j);
                if (el.normalName().equals("img")) {
                    break;
                }
                String name = el.childrenSize() == 0 && el.hasText() ? Text.normalise(el.text()) : null;
                if (name != null && names(alt, name) && !elsewhere(img) && calledByFirstName(elements, j + 1, name)) {
                    return name;
                }
            }
        }
        return null;
    }

    /**
     * @return whether a text among the few after the caption calls the person by the first name alone, as bios and
     *         author cards do ("Jane is a writer...", "Articles by Jane"): a product or a place pictured with its
     *         name ("Snake Plant", "Compute Engine") is not called by its first word alone
     */
    static boolean calledByFirstName(List<Element> elements, int from, String name) {
        String first = name.substring(0, name.indexOf(' '));
        String second = name.substring(name.indexOf(' ') + 1).split(" ")[0];
        for (int k = from; k < elements.size() && k < from + BIO_WITHIN; k++) {
            Element el = elements.get(k);
            if (el.normalName().equals("img")) {
                return false;
            }
            if (el.hasText() && !LongText.exceeds(el, MAX_BIO_CHARS) && aloneIn(Text.normalise(el.ownText()), first, second)) {
                return true;
            }
        }
        return false;
    }

    /** @return whether the text holds the first name as a word of its own, not followed by the name's next word */
    static boolean aloneIn(String text, String first, String second) {
        for (int at = text.indexOf(first); at >= 0; at = text.indexOf(first, at + 1)) {
            int end = at + first.length();
            boolean wordStart = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
            boolean wordEnd = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
            if (wordStart && wordEnd && !text.regionMatches(true, Math.min(end + 1, text.length()), second, 0, second.length())) {
                return true;
            }
        }
        return false;
    }

    /** @return whether the text is a person's name of two or more words that the picture's alt text gives whole or opens with */
    static boolean names(String alt, String text) {
        if (text.indexOf(' ') < 0 || text.length() > alt.length() || !alt.regionMatches(true, 0, text, 0, text.length())
                || text.length() < alt.length() && Character.isLetterOrDigit(alt.charAt(text.length()))) {
            return false;
        }
        return Bylines.isName(text) && !text.toLowerCase(Locale.ROOT).equals(text);
    }

    /** @return whether the picture is in readers' comments, navigation, a footer or a button */
    private static boolean elsewhere(Element img) {
        for (Element e = img.parent(); e != null; e = e.parent()) {
            if (OUTSIDE.contains(e.normalName())) {
                return true;
            }
        }
        return CommentSections.contain(img);
    }
}
