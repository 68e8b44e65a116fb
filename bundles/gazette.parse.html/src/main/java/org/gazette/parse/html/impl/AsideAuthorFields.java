package org.gazette.parse.html.impl;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.gazette.text.BylineWords;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * The author field of an article's facts box beside its text: an {@code <aside>} of labelled
 * fields, each a heading and its value ({@code <h3>Published</h3><p>August 30, 2024</p>},
 * {@code <h3>Author</h3><p>Jane Doe</p>}, {@code <h6>Author(s)</h6><ul><li><a>Jane Doe</a></li>...</ul>}),
 * as reports, insights and publication pages print their metadata in a sidebar. The label is the
 * heading's whole text in one of a few languages; each list item of the value names one author.
 * {@link WrittenByLines} reads such labels in the text but passes asides by, where a sidebar's
 * "Written by" lines belong to other posts: a heading that is the label alone, with the value as
 * its next sibling, is a field of this page's facts.
 */
final class AsideAuthorFields {
    private static final Evaluator ANY = new Evaluator.AllElements();
    private static final Evaluator LABEL_HEADINGS = Selector.evaluatorOf("h2, h3, h4, h5, h6, dt");
    /**
     * The author labels every byline rule knows ({@link BylineWords#AUTHOR_LABELS}), and the forms only a facts box's
     * heading prints: a plural in brackets, as a field that holds one name or more ("Author(s)", "Autor(es)",
     * "Auteur(s)"), and "Written by".
     */
    private static final Set<String> LABELS = Stream.concat(BylineWords.AUTHOR_LABELS.stream(),
            Stream.of("author(s)", "autor(es)", "auteur(s)", "written by")).collect(Collectors.toUnmodifiableSet());
    /** An aside longer than this is no facts box. */
    private static final int MAX_ASIDE_CHARS = 3000;
    private static final int MAX_VALUE_CHARS = 300;
    private static final int MAX_LABEL_CHARS = 12;

    private AsideAuthorFields() {
    }

    /**
     * @param page the page
     * @return the names of the first author field in an {@code <aside>}, or an empty list
     */
    static List<String> find(Page page) {
        for (Element aside : page.tags().select("aside", ANY)) {
            if (LongText.exceeds(aside, MAX_ASIDE_CHARS)) {
                continue;
            }
            for (Element heading : aside.select(LABEL_HEADINGS)) {
                List<String> names = field(heading);
                if (!names.isEmpty()) {
                    return names;
                }
            }
        }
        return List.of();
    }

    /** @return the names the heading's value gives when the heading is an author label, else an empty list */
    static List<String> field(Element heading) {
        String label = Text.normalise(heading.text());
        if (label.length() > MAX_LABEL_CHARS || !LABELS.contains(stripColon(label).toLowerCase(Locale.ROOT))) {
            return List.of();
        }
        Element value = heading.nextElementSibling();
        if (value == null || LongText.exceeds(value, MAX_VALUE_CHARS)) {
            return List.of();
        }
        List<Element> items = value.getElementsByTag("li");
        if (items.isEmpty()) {
            return PostNominals.names(value.text());
        }
        List<String> names = new ArrayList<>();
        for (Element item : items) {
            List<String> one = PostNominals.names(item.text());
            if (one.size() != 1) {
                return List.of(); // a list of links or topics, not of authors
            }
            if (!names.contains(one.get(0))) {
                names.add(one.get(0));
            }
        }
        return names;
    }

    private static String stripColon(String label) {
        return label.endsWith(":") ? label.substring(0, label.length() - 1).strip() : label;
    }
}
