package org.gazette.benchmarks.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;

/**
 * Turns an article element into plain text the way Gazette shapes its own: each block element
 * ({@code p}, {@code h1}–{@code h6}, {@code li}, {@code blockquote}, {@code pre}) becomes one
 * paragraph with whitespace collapsed, in reading order; a block that holds other blocks
 * contributes those instead, so nothing is repeated. Paragraphs are joined with a blank line.
 */
final class BlockText {

    static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre");
    private static final String SELECTOR = String.join(", ", BLOCKS);
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u200B\\uFEFF]+");

    private BlockText() {
    }

    /**
     * @param container the article element
     * @return its paragraphs joined with {@code "\n\n"}; empty when it has no block elements
     */
    static String of(Element container) {
        return String.join("\n\n", paragraphs(container));
    }

    /**
     * @param container the article element
     * @return its paragraphs in reading order
     */
    static List<String> paragraphs(Element container) {
        Set<Element> holdsBlocks = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element block : container.select(SELECTOR)) {
            for (Element up = block.parent(); up != null && holdsBlocks.add(up); up = up.parent()) {
                // mark every ancestor; stop at one already marked
            }
        }
        List<String> paragraphs = new ArrayList<>();
        container.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element el && BLOCKS.contains(el.normalName()) && !holdsBlocks.contains(el)) {
                    String text = SPACES.matcher(el.text()).replaceAll(" ").trim();
                    if (!text.isEmpty()) {
                        paragraphs.add(text);
                    }
                    return FilterResult.SKIP_CHILDREN;
                }
                return FilterResult.CONTINUE;
            }
        });
        return paragraphs;
    }
}
