package org.gazette.parse.html.impl;

import java.util.regex.Pattern;

/**
 * The site's name as its {@code <title>} prints it, for pages that declare none ({@code og:site_name},
 * a JSON-LD publisher, {@code application-name}): the first or last part of the title ("How to Prune
 * Roses | Arla Foods Ingredients", "Psychiatry.org - What Are the Trends") whose letters are those of
 * the page's domain ({@code arlafoodsingredients.com}, {@code psychiatry.org}), or which the domain's
 * name holds ({@code withmoxie.com} for "Moxie") or holds it ("Ironhack Blog" on {@code ironhack.com}).
 * Such a part is the name as the site spells it, with its spaces and capitals. A part that does not
 * match the domain ("Headline | Personally Tested", "Headline | Expert Guide") is not taken: a series
 * label or a section is no site name.
 */
final class TitleSiteNames {

    /** The provenance of a name found this way. */
    static final String SOURCE = "title part matching the domain";
    private static final Pattern SEPARATOR = Pattern.compile("\\s+[|\u2013\u2014\u00B7\u00BB:-]{1,2}\\s+|\\s*[\uFF5C\u4E28]\\s*");
    private static final int MAX_WORDS = 6;
    /** The fewest letters a name and a domain name that hold one another must have. */
    private static final int MIN_HELD = 5;

    private TitleSiteNames() {
    }

    /** @return the site's name from the page's {@code <title>}, or {@code null} */
    static Pick<String> find(Page page) {
        String[] parts = SEPARATOR.split(Text.normalise(page.doc().title()));
        if (parts.length < 2) {
            return null;
        }
        String host = page.host();
        String label = page.domainLabel();
        for (String part : new String[] {parts[parts.length - 1], parts[0]}) {
            if (names(part.trim(), host, label)) {
                return new Pick<>(part.trim(), SOURCE);
            }
        }
        return null;
    }

    /** @return whether the part is a name of a few words whose letters are the domain's, or hold or are held by its name */
    static boolean names(String part, String host, String label) {
        String key = Text.key(part);
        String domain = Text.key(label);
        if (key.isEmpty() || domain.isEmpty() || part.split(" ").length > MAX_WORDS) {
            return false;
        }
        String registered = RegisteredDomains.of(host, label);
        if (key.equals(domain) || key.equals(Text.key(host)) || registered != null && key.equals(Text.key(registered))) {
            return true;
        }
        String shorter = key.length() < domain.length() ? key : domain;
        String longer = shorter == key ? domain : key;
        return shorter.length() >= MIN_HELD && 2 * shorter.length() >= longer.length() && longer.contains(shorter);
    }
}
