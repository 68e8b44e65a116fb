package org.gazette.parse.html.impl;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gazette.text.Bylines;

/**
 * The authors a page declares in its metadata rather than prints: the names of the author meta tags,
 * the user names declared there, the writer of the link-preview labels and the owner of a site named
 * "Jane Doe's blog". What a field holds is read here, in one place for all of them (a profile URL, a
 * common account and credentials are treated alike); which field wins is {@link Authors}' order.
 */
final class DeclaredAuthors {
    /** "Jane Doe's blog", "Jane Doe’s Weblog", as personal sites name themselves. */
    private static final Pattern OWNERS_BLOG = Pattern.compile(
            "(?iu)(.{3,60}?)['\u2019]s? (?:blog|weblog|notebook|journal|newsletter)");
    /** A declared display name longer than this is a sentence, not a name. */
    private static final int MAX_DECLARED_NAME = 60;

    private DeclaredAuthors() {
    }

    /**
     * @return the names of the author meta tags ({@code author}, {@code article:author}, {@code cXenseParse:author},
     *         the first with a name), or {@code null}
     */
    static Pick<List<String>> metaNames(Page page) {
        List<String> names = new ArrayList<>();
        for (String key : new String[] {"author", "article:author", "cxenseparse:author"}) {
            for (String value : page.meta().all(key)) {
                DistinctNames.addAll(names, declaredNames(value));
            }
            if (!names.isEmpty()) {
                return new Pick<>(names, MetaTags.source(key));
            }
        }
        return null;
    }

    /** @return the user names of the author meta tags ({@link #userName}), or {@code null} */
    static Pick<List<String>> metaUserNames(Page page) {
        for (String key : new String[] {"author", "article:author"}) {
            List<String> userNames = new ArrayList<>();
            for (String value : page.meta().all(key)) {
                DistinctNames.addAll(userNames, userName(value));
            }
            if (!userNames.isEmpty()) {
                return new Pick<>(userNames, MetaTags.source(key) + " (user name)");
            }
        }
        return null;
    }

    /** @return the writer that the page's link-preview labels name ({@link SharingLabelAuthors}), or {@code null} */
    static Pick<List<String>> sharingLabel(Page page) {
        String writer = SharingLabelAuthors.writer(page.meta());
        if (writer == null || writer.startsWith("http") || writer.length() > MAX_DECLARED_NAME
                || BylineUserNames.isAccount(writer) || BylineUserNames.GENERATED_ID.matcher(writer).matches()) {
            return null;
        }
        // a field for the author's display name: kept as it stands when it is no byline ("Jean Roe (JR Labs)", "Acme Staff")
        List<String> names = declaredNames(writer);
        return new Pick<>(names.isEmpty() ? List.of(writer) : names, "twitter:data (written by)");
    }

    /**
     * @return the names of a byline in the page's metadata, but for a profile URL and common accounts ("Webmaster");
     *         one name keeps the credentials declared after it ({@link PostNominals})
     */
    static List<String> declaredNames(String value) {
        if (value.startsWith("http")) {
            return List.of();
        }
        List<String> names = new ArrayList<>(Bylines.names(value));
        names.removeIf(BylineUserNames::isAccount);
        if (names.size() == 1) {
            names.set(0, PostNominals.withCredentials(value, names.get(0))); // "Jane Doe, MD" as the site credits her
        }
        return names;
    }

    /**
     * An author the page declares in its metadata (JSON-LD, meta tags) by a name that is no byline:
     * the site's user name or a name in lower case, as it stands ("jdoe", "jane.doe", "jane doe"),
     * unless it is an account everyone has ("admin", "webmaster"). The last resort: a person the
     * page names in a byline is the author the account posted for.
     *
     * @return the user name, or nothing when the value is a byline, a URL or a common account
     */
    static List<String> userName(String value) {
        String user = BylineUserNames.of(value);
        return user == null ? List.of() : List.of(user);
    }

    /** @return the owner of a site that calls itself "Jane Doe's blog" (og:site_name), or {@code null} */
    static Pick<List<String>> ownersBlog(Page page) {
        Pick<String> site = page.meta().first("og:site_name");
        Matcher m = site == null ? null : OWNERS_BLOG.matcher(site.value());
        return m != null && m.matches() && Bylines.isName(m.group(1)) ? new Pick<>(List.of(m.group(1)), "og:site_name") : null;
    }
}
