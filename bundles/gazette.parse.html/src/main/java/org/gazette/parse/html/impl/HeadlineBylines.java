package org.gazette.parse.html.impl;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.gazette.text.Bylines;
import org.jsoup.nodes.Element;

/**
 * The "By ..." line under the headline against the author the metadata declares. CMS and SEO
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

    private HeadlineBylines() {
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
