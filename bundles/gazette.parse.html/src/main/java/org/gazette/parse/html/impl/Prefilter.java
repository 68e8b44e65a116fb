package org.gazette.parse.html.impl;

import java.util.Set;

/**
 * Empties what the extractors never read before jsoup parses a page: the contents of
 * {@code <script>} elements (except JSON-LD, which {@link JsonLd} reads), of {@code <style>}
 * elements, and of comments. Modern pages are often half script and style by size.
 * <p>
 * One linear scan that follows the HTML tokenizer as jsoup applies it: tags are read with their
 * quoted attribute values, a script ends at the first {@code </script} followed by whitespace,
 * {@code /} or {@code >} (case-insensitive), comments at the first {@code -->}. The tree jsoup
 * builds is the same, element for element, only with empty script, style and comment data. Where
 * the tokenizer would do something this scan does not model (foreign content with markup in a
 * raw-text element, {@code <!--} and {@code <script} inside one script, CDATA, {@code <plaintext>},
 * framesets, self-closing raw-text tags, {@code <} inside a tag, an unterminated comment or tag),
 * the rest of the page is kept as it is.
 */
final class Prefilter {

    /** Elements whose contents the tokenizer reads as text; kept, except script and style. */
    private static final Set<String> RAW_TEXT = Set.of("script", "style", "title", "textarea", "xmp", "iframe",
            "noembed", "noframes");
    /** Elements after which this scan stops modelling the tokenizer. */
    private static final Set<String> GIVE_UP = Set.of("plaintext", "frameset");
    /** Every tag name this scan acts on; other tags are only stepped over. */
    private static final String[] NAMES = {"script", "style", "title", "textarea", "xmp", "iframe", "noembed",
        "noframes", "plaintext", "frameset", "svg", "math"};

    private final String html;
    /** The page so far with contents left out; created at the first one. */
    private StringBuilder out;
    /** Start of the input not yet copied to {@link #out}. */
    private int copied;
    /** Depth of open {@code svg} and {@code math} elements (foreign content, where nothing is emptied). */
    private int foreign;

    private Prefilter(String html) {
        this.html = html;
    }

    /**
     * @param html a decoded page
     * @return the page with script (other than JSON-LD), style and comment contents removed
     */
    static String strip(String html) {
        return new Prefilter(html).run();
    }

    private String run() {
        int i = html.indexOf('<');
        while (i >= 0 && i + 1 < html.length()) {
            char c = html.charAt(i + 1);
            int next;
            if (c == '!') {
                next = markup(i);
            } else if (c == '/') {
                next = isLetter(i + 2) ? tag(i + 2, false) : bogus(i);
            } else if (c == '?') {
                next = bogus(i);
            } else if (isLetter(i + 1)) {
                next = tag(i + 1, true);
            } else {
                next = i + 1;
            }
            if (next < 0) {
                break; // keep the rest as it is
            }
            i = html.indexOf('<', next);
        }
        if (out == null) {
            return html;
        }
        return out.append(html, copied, html.length()).toString();
    }

    /** {@code <!...}: a comment (emptied), a doctype or a bogus comment; returns where to go on, or -1. */
    private int markup(int i) {
        if (html.startsWith("<!--", i)) {
            int end = html.indexOf("-->", i + 2);
            if (end < 0 || RawText.indexOf(html, "--!>", i + 2, end + 3) >= 0) {
                return -1;
            }
            drop(i + 4, Math.max(i + 4, end), false);
            return end + 3;
        }
        return html.startsWith("<![CDATA[", i) ? -1 : bogus(i);
    }

    /** A doctype or bogus comment: up to the next {@code >}. */
    private int bogus(int i) {
        int end = html.indexOf('>', i);
        return end < 0 ? -1 : end + 1;
    }

    /**
     * A start or end tag whose name starts at {@code from}; empties what follows a script or style
     * start tag. Returns where to go on, or -1 to stop.
     */
    private int tag(int from, boolean start) {
        int i = from;
        while (i < html.length() && !isSpace(html.charAt(i)) && "/><".indexOf(html.charAt(i)) < 0) {
            i++;
        }
        String name = name(from, i);
        TagEnd end = TagEnd.find(html, i);
        if (end == null) {
            return -1;
        }
        boolean foreignRoot = name.equals("svg") || name.equals("math");
        if (!start) {
            foreign = foreignRoot && foreign > 0 ? foreign - 1 : foreign;
            return end.next();
        }
        if (GIVE_UP.contains(name)) {
            return -1;
        }
        if (foreignRoot && !end.selfClosing()) {
            foreign++;
        }
        if (!RAW_TEXT.contains(name)) {
            return end.next();
        }
        if (end.selfClosing()) {
            return -1;
        }
        int close = RawText.end(html, end.next(), name);
        boolean data = foreign == 0 && (name.equals("script") || name.equals("style"));
        if (close < 0 || data && !RawText.plainScript(html, end.next(), close)) {
            return -1;
        }
        if (data && !(name.equals("script") && mayBeJsonLd(from, end.next()))) {
            drop(end.next(), close, true);
        } else if (!data && RawText.indexOf(html, "<", end.next(), close) >= 0) {
            return -1; // markup inside: jsoup may read it as tags here (title in svg, RCDATA quirks)
        }
        return close;
    }

    /** @return the tag name in {@code [from, to)} when it is one of {@link #NAMES}, else an empty string */
    private String name(int from, int to) {
        for (String name : NAMES) {
            if (name.length() == to - from && html.regionMatches(true, from, name, 0, name.length())) {
                return name;
            }
        }
        return "";
    }

    /**
     * A script start tag whose type may be {@code application/ld+json}: it says so, or it holds a
     * character reference ({@code ld&#x2B;json} is seen on real pages) that jsoup would decode.
     */
    private boolean mayBeJsonLd(int from, int to) {
        return RawText.indexOf(html, "&", from, to) >= 0 || containsIgnoreCase(html, from, to, "ld+json");
    }

    /**
     * Leaves out {@code [from, to)} of the input, all but one space when {@code keepSpace} (so that
     * a script or style keeps its data node, and the tree its shape).
     */
    private void drop(int from, int to, boolean keepSpace) {
        if (to > from + (keepSpace ? 1 : 0)) {
            if (out == null) {
                out = new StringBuilder(html.length());
            }
            out.append(html, copied, from);
            if (keepSpace) {
                out.append(' ');
            }
            copied = to;
        }
    }

    private boolean isLetter(int i) {
        if (i >= html.length()) {
            return false;
        }
        char c = html.charAt(i);
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }

    static boolean containsIgnoreCase(String s, int from, int to, String what) {
        char first = what.charAt(0);
        for (int i = from; i + what.length() <= to; i++) {
            char c = s.charAt(i);
            if ((c == first || Character.toLowerCase(c) == first) && s.regionMatches(true, i, what, 0, what.length())) {
                return true;
            }
        }
        return false;
    }
}
