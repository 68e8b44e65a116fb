package org.gazette.parse.html.impl;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;

/**
 * Extracts the body text of an article: removes boilerplate elements ({@link Boilerplate}), chooses
 * the element that holds the article ({@link Containers}), removes boilerplate-named elements inside
 * it, and collects its paragraphs ({@code p}, {@code h2}–{@code h6},
 * {@code li}, {@code blockquote}, {@code pre}) in reading order with whitespace normalised. A block
 * that contains other blocks contributes those instead of its whole text, so nothing is repeated.
 */
final class BodyText {

    static final Set<String> BLOCKS = Set.of("p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre");

    /**
     * @param paragraphs the paragraphs in reading order
     * @param container a description of the element they came from ({@code article}, {@code densest:div})
     * @param words how many words they have together
     * @param linkDensity the share of the container's text that is link text (0 to 1)
     * @param teasers how many {@code <article>} elements the container holds (besides itself): the
     *        teasers of an index page
     */
    record Body(List<String> paragraphs, String container, int words, double linkDensity, int teasers) {
    }

    private BodyText() {
    }

    /**
     * @param body the page's body; boilerplate is removed from it in place
     * @param title the article's title, dropped when a paragraph repeats it
     * @return the body text
     */
    static Body extract(Element body, String title) {
        Boilerplate.removeTags(body);
        Containers.Choice choice = Containers.choose(body);
        Boilerplate.removeNamed(choice.element());
        double linkDensity = linkDensity(choice.element());
        int teasers = (int) choice.element().select("article").stream().filter(a -> a != choice.element()).count();
        List<String> paragraphs = paragraphs(choice.element());
        String titleKey = title == null ? "" : Text.key(title);
        paragraphs.removeIf(p -> !titleKey.isEmpty() && Text.key(p).equals(titleKey));
        int words = 0;
        for (String p : paragraphs) {
            words += Text.words(p);
        }
        return new Body(paragraphs, choice.description(), words, linkDensity, teasers);
    }

    /** The share of an element's text that sits inside links. */
    static double linkDensity(Element container) {
        int all = container.text().length();
        if (all == 0) {
            return 0;
        }
        int linked = 0;
        for (Element a : container.select("a")) {
            linked += a.text().length();
        }
        return Math.min(1.0, (double) linked / all);
    }

    /** The paragraphs of an element in reading order. */
    static List<String> paragraphs(Element container) {
        Set<Element> holdsBlocks = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element block : container.select(String.join(", ", BLOCKS))) {
            for (Element up = block.parent(); up != null && up != container && holdsBlocks.add(up); up = up.parent()) {
                // mark every ancestor up to the container; stop at one already marked
            }
        }
        List<String> paragraphs = new ArrayList<>();
        container.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element el && BLOCKS.contains(el.normalName()) && !holdsBlocks.contains(el)) {
                    String text = Text.normalise(el.text());
                    if (!text.isEmpty() && (paragraphs.isEmpty() || !paragraphs.get(paragraphs.size() - 1).equals(text))) {
                        paragraphs.add(text);
                    }
                    return FilterResult.SKIP_CHILDREN;
                }
                return FilterResult.CONTINUE;
            }
        });
        return paragraphs;
    }

    /** Paragraph characters per element, for choosing among candidates. */
    static int chars(Element container) {
        int chars = 0;
        for (String p : paragraphs(container)) {
            chars += p.length();
        }
        return chars;
    }
}
