package org.gazette.parse.html.impl;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gazette.text.BylineWords;
import org.gazette.text.Bylines;
import org.jsoup.nodes.Element;

/**
 * A byline that names its author by a user name, as forums, community blogs and site builders
 * print the account that posted ("by jdoe", {@code <span class="author-name">jane.doe</span>},
 * {@code <h4 class="author-box__name">jane doe</h4>}): no byline to {@link Bylines}, which wants
 * capitalised names, but who the page says wrote it. Read last, when the page names no person
 * and declares no author; an instance keeps the first one seen during the scan of the byline
 * elements, so that the last resort needs no second scan.
 */
final class BylineUserNames {
    /** A site's user name: one word of letters, digits and {@code . _ - @}, with a letter. */
    private static final Pattern USER_NAME = Pattern.compile("(?=.*\\p{L})[\\p{L}\\p{N}._@-]{3,40}");
    /** A person's name typed in lower case: two to four words of letters. */
    private static final Pattern LOWER_CASE_NAME = Pattern.compile("\\p{Ll}[\\p{Ll}'-]*(?: \\p{Ll}[\\p{Ll}'-]*){1,3}");
    /** An identifier a system generated ("3d23d65-ddc6-4ce5"): hexadecimal digits and dashes. */
    static final Pattern GENERATED_ID = Pattern.compile("(?=.*\\d)[0-9a-fA-F-]+");
    /** "by", "von", "por", "par" before the name. */
    private static final Pattern BY = Pattern.compile("(?iu)^(?:" + BylineWords.BY_PATTERN + ")\\s+");
    /** Accounts that name no author. */
    private static final Set<String> ACCOUNTS = Set.of("admin", "administrator", "webmaster", "root", "user", "guest",
            "editor", "author", "staff", "team", "unknown", "null", "undefined", "wordpress");
    private static final int MAX_TEXT = 45;

    private String first;

    /**
     * @param value an author as a page declares or prints it
     * @return it as it stands when it is a user name or a name in lower case ("jdoe", "jane.doe", "jane doe"), or
     *         {@code null} when it is a byline, a URL, a common account ("admin") or a generated identifier
     */
    static String of(String value) {
        String v = value.strip();
        boolean user = USER_NAME.matcher(v).matches() && !GENERATED_ID.matcher(v).matches() || LOWER_CASE_NAME.matcher(v).matches();
        return user && Bylines.names(v).isEmpty() && !isAccount(v) ? v : null;
    }

    /** @return true for an account every site has ("admin", "Webmaster"), which names no author */
    static boolean isAccount(String name) {
        return ACCOUNTS.contains(name.toLowerCase(Locale.ROOT));
    }

    /**
     * Reads a byline element that names no person, unless a user name was seen already.
     *
     * @param byline the element
     */
    void offer(Element byline) {
        if (first == null && !LongText.exceeds(byline, MAX_TEXT)) {
            offerLine(byline.text(), false);
        }
    }

    /**
     * Reads a line of text that names no person, unless a user name was seen already.
     *
     * @param line the line
     * @param byRequired whether the line must open with "by" (a line after the headline, not a byline element)
     */
    void offerLine(String line, boolean byRequired) {
        if (first != null || line.length() > MAX_TEXT) {
            return;
        }
        String text = Text.normalise(line);
        Matcher by = BY.matcher(text);
        boolean hasBy = by.find();
        String user = hasBy || !byRequired ? of(hasBy ? text.substring(by.end()) : text) : null;
        if (user != null && Bylines.isName(capitalised(user))) {
            first = user; // its words capitalised make a name: not a label or a link ("read more", "admin", "share")
        }
    }

    /** @return the text with the first letter of each word in upper case */
    private static String capitalised(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean start = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(start ? Character.toUpperCase(c) : c);
            start = c == ' ';
        }
        return out.toString();
    }

    /** @return the first user name offered, or {@code null} */
    String first() {
        return first;
    }
}
