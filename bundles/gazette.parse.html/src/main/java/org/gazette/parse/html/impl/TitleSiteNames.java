package org.gazette.parse.html.impl;

/**
 * The site's name as its {@code <title>} prints it, for pages that declare none ({@code og:site_name},
 * a JSON-LD publisher, {@code application-name}): the last part of the title ("How to Prune Roses |
 * Arla Foods Ingredients") whose letters are those of the page's domain
 * ({@code arlafoodsingredients.com}), or which the domain's name holds ({@code withmoxie.com} for
 * "Moxie") or holds it ("Ironhack Blog" on {@code ironhack.com}); or the first part ("Psychiatry.org -
 * What Are the Trends") only when its letters are exactly the domain's: a headline may open with the
 * brand, and "Slack Tips | Productivity" on {@code slack.com} gives no site name (nor loses its
 * headline). The title prints the name as the
 * site spells it, with its spaces and capitals. A part that does not match the domain ("Headline |
 * Personally Tested", "Headline | Expert Guide") is not taken: a series label or a section is no
 * site name. The parts are those {@link Titles} cuts a site name from ({@link Titles#SEPARATOR}).
 */
final class TitleSiteNames {

    /** The provenance of a name found this way. */
    static final String SOURCE = "title part matching the domain";
    private static final int MAX_WORDS = 6;
    /** The fewest letters a name and a domain name that hold one another must have. */
    private static final int MIN_HELD = 5;

    private TitleSiteNames() {
    }

    /** @return the site's name from the page's {@code <title>}, or {@code null} */
    static Pick<String> find(Page page) {
        String[] parts = Titles.SEPARATOR.split(Text.normalise(page.doc().title()));
        if (parts.length < 2) {
            return null;
        }
        String host = page.host();
        String label = page.domainLabel();
        String last = parts[parts.length - 1].trim();
        if (spells(last, host, label) || holds(last, label)) {
            return new Pick<>(last, SOURCE);
        }
        String first = parts[0].trim();
        return spells(first, host, label) ? new Pick<>(first, SOURCE) : null;
    }

    /** @return whether the part is a name of a few words whose letters are the domain's name, host or registered domain */
    static boolean spells(String part, String host, String label) {
        String key = Text.key(part);
        if (key.isEmpty() || label.isEmpty() || words(part) > MAX_WORDS) {
            return false;
        }
        String registered = RegisteredDomains.of(host, label);
        return key.equals(Text.key(label)) || key.equals(Text.key(host)) || registered != null && key.equals(Text.key(registered));
    }

    /** @return whether the part and the domain's name hold one another, each of {@value #MIN_HELD}+ letters and half the other's */
    static boolean holds(String part, String label) {
        String key = Text.key(part);
        String domain = Text.key(label);
        if (key.isEmpty() || domain.isEmpty() || words(part) > MAX_WORDS) {
            return false;
        }
        boolean keyShorter = key.length() < domain.length();
        String shorter = keyShorter ? key : domain;
        String longer = keyShorter ? domain : key;
        return shorter.length() >= MIN_HELD && 2 * shorter.length() >= longer.length() && longer.contains(shorter);
    }

    private static int words(String part) {
        return part.split(" ").length;
    }
}
