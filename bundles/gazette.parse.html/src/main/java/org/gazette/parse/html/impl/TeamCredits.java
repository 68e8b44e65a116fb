package org.gazette.parse.html.impl;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gazette.text.BylineWords;
import org.jsoup.nodes.Element;

/**
 * A byline that credits the site's team instead of a person: "Acme Staff", "By the Acme Team",
 * "The Acme editors", "Staff", "Redaktion", "Équipe Acme", as brands' blogs and newsrooms sign
 * posts that no one person wrote. It is no name ({@code Bylines} rejects role words), but it is
 * who the page says wrote it; read last, when the page names nobody else. An instance keeps the
 * first credit seen during the scan of the byline elements for names, so that the last resort
 * needs no second scan.
 */
final class TeamCredits {
    /** A credit is a few words; longer texts are not read. */
    static final int MAX_TEXT = 60;
    /** A collective after up to three capitalised words (the site's name), or before them. */
    private static final Pattern TEAM = Pattern.compile("(?u)(?:(?i:" + BylineWords.BY_PATTERN + "|" + BylineWords.BY_ITALIAN + ")\\s+)?("
            + "(?:(?i:the|die|der|la|le|el|l')\\s*)?(?:\\p{Lu}[\\p{L}\\p{N}&.'\u2019+-]*\\s+){0,3}"
            + "(?i:staff|team|editors|editorial team|editorial staff|newsroom|news desk|redaktion|r\u00e9daction|redacci\u00f3n|redazione)"
            + "|(?i:equipo|\u00e9quipe|redaktion|r\u00e9daction|redacci\u00f3n|redazione)(?:\\s+\\p{Lu}[\\p{L}\\p{N}&.'\u2019+-]*){0,3})");

    private String first;

    /**
     * Reads a byline element that names no person, unless a credit was seen already.
     *
     * @param byline the element
     */
    void offer(Element byline) {
        if (first == null && !LongText.exceeds(byline, MAX_TEXT)) {
            first = credit(byline.text());
        }
    }

    /** @return the first team credited by the elements offered, or {@code null} */
    String first() {
        return first;
    }

    /**
     * @param text a byline element's text
     * @return the team it credits, as written but without "By", or {@code null} when it credits none
     */
    static String credit(String text) {
        String t = Text.normalise(text);
        if (t.isEmpty() || t.length() > MAX_TEXT) {
            return null;
        }
        Matcher m = TEAM.matcher(t);
        return m.matches() ? m.group(1) : null;
    }
}
