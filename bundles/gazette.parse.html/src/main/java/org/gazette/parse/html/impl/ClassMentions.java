package org.gazette.parse.html.impl;

import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;

/**
 * An evaluator that runs a regular expression over the {@code class} attribute
 * ({@code [class~=(?i)...]}) only on elements whose class mentions one of the words every match
 * contains: a page has thousands of classes and few are candidates.
 */
final class ClassMentions extends Evaluator {

    private final Evaluator pattern;
    private final AsciiWords words;

    /**
     * @param pattern a compiled {@code [class~=(?i)...]} evaluator
     * @param words one of them occurs (ignoring ASCII case) in every class the pattern matches
     */
    ClassMentions(Evaluator pattern, AsciiWords words) {
        this.pattern = pattern;
        this.words = words;
    }

    @Override
    public boolean matches(Element root, Element element) {
        return element.attributesSize() > 0 && words.occurIn(element.attr("class")) && pattern.matches(root, element);
    }

    @Override
    protected int cost() {
        return 8; // as jsoup rates an attribute regular expression
    }

    @Override
    public String toString() {
        return pattern.toString();
    }
}
