package org.gazette.source.feed.impl;

import org.jsoup.Jsoup;

/** Turns the HTML that feeds put in titles and descriptions into plain text. */
final class Html {

    private Html() {
    }

    /**
     * @param html text that may contain tags and character references, or {@code null}
     * @param maxChars the longest result; longer text is cut at a word boundary and ends with {@code …}
     * @return the text with tags removed and white space collapsed, or {@code null} when none is left
     */
    static String text(String html, int maxChars) {
        if (html == null) {
            return null;
        }
        String text = html.indexOf('<') >= 0 || html.indexOf('&') >= 0
                ? Jsoup.parseBodyFragment(html).text()
                : html.replaceAll("\\s+", " ").trim();
        if (text.isEmpty()) {
            return null;
        }
        if (text.length() <= maxChars) {
            return text;
        }
        int cut = text.lastIndexOf(' ', maxChars - 1);
        return text.substring(0, cut > maxChars / 2 ? cut : maxChars - 1) + "…";
    }
}
