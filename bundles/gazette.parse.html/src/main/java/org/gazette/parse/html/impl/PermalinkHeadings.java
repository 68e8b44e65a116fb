package org.gazette.parse.html.impl;

import org.jsoup.nodes.Element;

/**
 * Tells a heading that links to itself ({@code <h1 id="why-rust"><a class="anchor"
 * href="#why-rust"></a>Why Rust</h1>}). Markdown renderers and documentation generators give every
 * section heading such a permalink, so an {@code <h1>} carrying one is a section of the text, not
 * the page's headline.
 */
final class PermalinkHeadings {

    private PermalinkHeadings() {
    }

    /** @return true when a link inside the heading points at the heading or at the link itself */
    static boolean isPermalinked(Element heading) {
        for (Element a : heading.getElementsByTag("a")) {
            String href = a.attr("href");
            if (href.length() > 1 && href.charAt(0) == '#') {
                String target = href.substring(1);
                if (target.equals(heading.id()) || target.equals(a.id()) || target.equals(a.attr("name"))) {
                    return true;
                }
            }
        }
        return false;
    }
}
