package org.gazette.parse.html.impl;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

import org.gazette.text.Bylines;
import org.jsoup.nodes.Element;

/**
 * A link to the author's archive that names its author: {@code <a href="/blog/author/jane-doe/">Jane Doe</a>}.
 * Utility-class templates print the byline under the headline with no class, {@code rel} or "By" that
 * says so; the link's path does ({@code /author/}, {@code /authors/}, as CMS name their author pages),
 * and its last part spells the name ({@code jane-doe}), so a link to "About us" or to a team page is none.
 */
final class AuthorArchiveLinks {

    /**
     * The path segments of author archives as CMS spell them in URLs ({@code /author/}, {@code /autor/}): ASCII slugs,
     * not the labels a page prints ({@link org.gazette.text.BylineWords#AUTHOR_LABELS}, with "Autoři", "Tác giả" and
     * other scripts, and "Text" words that name no archive); the {@code href} is pre-tested for their stems.
     */
    private static final Set<String> ARCHIVES = Set.of("author", "authors", "autor", "autoren", "auteur", "autore");

    private AuthorArchiveLinks() {
    }

    /**
     * @param link an {@code <a>} element
     * @return the name it shows when its {@code href} ends with an author archive's segment and a slug of the
     *         name's letters, in order ("Spencer McIntyre" for {@code /blog/author/spencer-mcintyre/}); else {@code null}
     */
    static String name(Element link) {
        String href = link.attr("href");
        if (!href.contains("auth") && !href.contains("autor") && !href.contains("auteur")) {
            return null;
        }
        String[] segments = UrlPaths.pathOf(href).split("/");
        int last = segments.length - 1;
        while (last >= 0 && segments[last].isEmpty()) {
            last--;
        }
        if (last < 1 || !ARCHIVES.contains(segments[last - 1].toLowerCase(Locale.ROOT))) {
            return null;
        }
        String text = Text.normalise(link.text());
        if (!Bylines.isName(text)) {
            return null;
        }
        return letters(segments[last]).equals(letters(text)) ? text : null;
    }

    /** @return the letters and digits of the text, in lower case and without accents ("O'Riordan" as "oriordan", "josé" as "jose") */
    private static String letters(String text) {
        String folded = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
