package org.gazette.parse.html.impl;

/**
 * Where raw-text elements ({@code script}, {@code style}, {@code title}, ...) end, as the HTML
 * tokenizer reads them.
 */
final class RawText {

    private RawText() {
    }

    /**
     * @param html the page
     * @param from the index just past the element's start tag
     * @param name the element's name, lower case
     * @return the index of the first {@code </name} (any case) followed by whitespace, {@code /}
     *         or {@code >}; -1 when there is none
     */
    static int end(String html, int from, String name) {
        int i = from;
        while ((i = html.indexOf("</", i)) >= 0) {
            int after = i + 2 + name.length();
            if (after < html.length() && html.regionMatches(true, i + 2, name, 0, name.length())) {
                char c = html.charAt(after);
                if (Prefilter.isSpace(c) || c == '/' || c == '>') {
                    return i;
                }
            }
            i += 2;
        }
        return -1;
    }

    /**
     * @param html the page
     * @param from the start of a script's text
     * @param to the {@link #end} of the script
     * @return false when the text holds {@code <!--} and {@code <script}: an "escaped" script, in
     *         which a nested {@code </script>} does not end the element
     */
    static boolean plainScript(String html, int from, int to) {
        int comment = indexOf(html, "<!--", from, to);
        return comment < 0 || !Prefilter.containsIgnoreCase(html, comment, to, "<script");
    }

    /**
     * @param html the page
     * @param what what to look for
     * @param from where to start
     * @param to where to stop: {@code what} must end before it
     * @return the index of the first {@code what} in {@code [from, to)}, or -1; unlike
     *         {@link String#indexOf(String, int)}, never looks past {@code to}
     */
    static int indexOf(String html, String what, int from, int to) {
        char first = what.charAt(0);
        for (int i = from; i + what.length() <= to; i++) {
            if (html.charAt(i) == first && html.startsWith(what, i)) {
                return i;
            }
        }
        return -1;
    }
}
