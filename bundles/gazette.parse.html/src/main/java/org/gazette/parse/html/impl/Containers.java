package org.gazette.parse.html.impl;

import java.util.IdentityHashMap;
import java.util.Map;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;

/**
 * Chooses the element that holds an article's text. Candidates, in order of trust:
 * {@code [itemprop=articleBody]}, {@code article}, {@code [role=main]}, {@code main}, then CMS
 * content classes ({@code .entry-content}, {@code .post-content}, {@code .article-body}, ...).
 * Candidates inside boilerplate (an {@code article} in a comments section) do not count. Among
 * several matches of one kind the one with the most paragraph text wins; a kind whose best match
 * has no paragraph text is passed over. Without any, the element whose direct paragraphs
 * hold the most text is chosen, else the body itself.
 */
final class Containers {

    private static final String[] CANDIDATES = {"[itemprop=articleBody]", "article", "[role=main]", "main",
        ".entry-content, .post-content, .article-body, .article-content, .article__body, .story-body, .post-body,"
            + " .story-content, .c-article-body, #article-body, #story-body, .field-name-body"};

    /** A candidate holding less than this share of the page's paragraph text is a teaser, not the article. */
    static final int MIN_SHARE_PERCENT = 30;

    /**
     * @param element the chosen element
     * @param description what it was chosen as, for provenance
     */
    record Choice(Element element, String description) {
    }

    private Containers() {
    }

    /**
     * @param body the page's body, already cleaned of boilerplate
     * @return the element holding the article's text
     */
    static Choice choose(Element body) {
        int pageChars = BodyText.chars(body);
        for (String query : CANDIDATES) {
            Element best = null;
            int bestChars = 0;
            Element outer = null;
            for (Element candidate : body.select(query)) {
                if (Trees.within(candidate, outer) || Boilerplate.isInsideBoilerplate(candidate, body)) {
                    continue; // a match inside another never holds more text than the outer one
                }
                outer = candidate;
                int chars = BodyText.chars(candidate);
                if (chars > bestChars) {
                    best = candidate;
                    bestChars = chars;
                }
            }
            if (best != null && bestChars * 100 >= pageChars * MIN_SHARE_PERCENT) {
                return new Choice(best, query.contains(",") ? describe(best) : query);
            }
        }
        return densest(body);
    }

    /** The element whose direct {@code p} children hold the most text, boilerplate aside. */
    private static Choice densest(Element body) {
        Map<Element, Integer> scores = new IdentityHashMap<>();
        Element[] best = {null};
        int[] bestScore = {0};
        body.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element el) || el == body) {
                    return FilterResult.CONTINUE;
                }
                if (Boilerplate.isBoilerplateName(el)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (el.normalName().equals("p") && el.parent() != null) {
                    int score = scores.merge(el.parent(), el.text().length(), Integer::sum);
                    if (score > bestScore[0]) {
                        best[0] = el.parent();
                        bestScore[0] = score;
                    }
                    return FilterResult.SKIP_CHILDREN;
                }
                return FilterResult.CONTINUE;
            }
        });
        return best[0] == null ? new Choice(body, "body") : new Choice(best[0], "densest:" + describe(best[0]));
    }

    private static String describe(Element el) {
        String name = el.normalName();
        if (!el.id().isEmpty()) {
            return name + "#" + el.id();
        }
        return el.classNames().isEmpty() ? name : name + "." + el.classNames().iterator().next();
    }
}
