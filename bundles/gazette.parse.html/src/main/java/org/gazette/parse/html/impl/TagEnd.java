package org.gazette.parse.html.impl;

/**
 * The end of a tag as the HTML tokenizer finds it: past its attributes, whose quoted values may
 * hold {@code >} and {@code <}.
 *
 * @param next the index just past the tag's {@code >}
 * @param selfClosing whether the tag ended with {@code />}
 */
record TagEnd(int next, boolean selfClosing) {

    /**
     * @param html the page
     * @param from the index just past the tag's name
     * @return where the tag ends; {@code null} when the page ends inside it, or when a {@code <}
     *         appears outside a quoted value (jsoup reads that in ways of its own)
     */
    static TagEnd find(String html, int from) {
        int i = from;
        boolean slash = false;
        boolean named = false; // an attribute name was read, so '=' starts its value
        while (i < html.length()) {
            char c = html.charAt(i);
            if (c == '>') {
                return new TagEnd(i + 1, slash);
            }
            if (c == '<') {
                return null;
            }
            slash = c == '/';
            if (c == '=' && named) {
                i = value(html, i + 1);
                if (i < 0) {
                    return null;
                }
                named = false;
                continue;
            }
            if (slash) {
                named = false;
            } else if (!Prefilter.isSpace(c)) {
                named = true;
            }
            i++;
        }
        return null;
    }

    /** An attribute value after {@code =}: returns the index just past it, or -1. */
    private static int value(String html, int from) {
        int i = from;
        while (i < html.length() && Prefilter.isSpace(html.charAt(i))) {
            i++;
        }
        if (i >= html.length()) {
            return -1;
        }
        char quote = html.charAt(i);
        if (quote == '"' || quote == '\'') {
            int end = html.indexOf(quote, i + 1);
            return end < 0 ? -1 : end + 1;
        }
        while (i < html.length() && !Prefilter.isSpace(html.charAt(i)) && html.charAt(i) != '>') {
            if (html.charAt(i) == '<') {
                return -1;
            }
            i++;
        }
        return i;
    }
}
