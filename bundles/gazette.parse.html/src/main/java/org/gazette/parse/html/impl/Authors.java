package org.gazette.parse.html.impl;

import java.util.ArrayList;
import java.util.List;

import org.gazette.text.Bylines;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * Finds the article's authors. Sources, first one with a name wins: JSON-LD {@code author},
 * {@code <meta name="author">}, {@code article:author} (when it is a name, not a profile URL),
 * {@code rel="author"} links, then byline elements ({@code itemprop="author"}, classes such as
 * {@code author} or {@code byline}), then the source's hint, then a "By ..." line among the first
 * texts after the {@code <h1>}, then the owner of a site named "Jane Doe's blog", then the writer that the
 * link-preview labels name ({@link SharingLabelAuthors}), and last a team that a byline credits ({@link TeamCredits}).
 * A user name that a byline prints ("by jdoe", {@link BylineUserNames}) comes after a user name the metadata declares.
 * This class keeps that order and the weighing of one source against another; what a metadata field holds is read by
 * {@link DeclaredAuthors}, what a byline element prints by {@link BylineElements}, and the outlet's name beside a
 * person is dropped by {@link OutletNames}.
 */
final class Authors {
    private static final Evaluator AUTHOR_LINK = Selector.evaluatorOf("a[rel~=(?i)^author$]");
    private static final String WRITTEN_BY_LINE = "written-by line";
    /** The source of JSON-LD authors that are all organisations when the page names no person. */
    private static final String ORGANIZATIONS = "json-ld:author (organization)";
    /** The sources of names that the page declares in its metadata, a person's (not an organisation's, not a user name). */
    private static final java.util.Set<String> DECLARED = java.util.Set.of("json-ld:author", "meta:author", "article:author", "cxenseparse:author");

    private Authors() {
    }

    /**
     * @param found the authors {@link #find} gave, possibly {@code null}
     * @return the people among them, for the rules at the text's edges ({@link AuthorNames}): none
     *         when the page credits only organisations ("Acme Motors"), as a closing paragraph that
     *         opens with the company's name ("Acme Motors is built to ...") is the article's pitch,
     *         not the bio of a writer; and none when the name was read off an author card's picture
     *         (the last resort, {@link AuthorPortraits}), as what follows the card on such pages, notes
     *         and sources, is the article's as often as not
     */
    static List<String> people(Pick<List<String>> found) {
        return found == null || found.from().equals(ORGANIZATIONS) || found.from().equals(AuthorPortraits.SOURCE)
                ? List.of() : found.value();
    }

    /**
     * @param page the page
     * @param siteName the page's site name, or {@code null}
     * @return the authors in byline order and where they came from, or {@code null}; an organisation,
     *         the site itself or a user name as author gives way to a person named elsewhere on the page
     */
    static Pick<List<String>> find(Page page, String siteName) {
        Pick<List<String>> found = OutletNames.withoutSiteBesidePerson(find(page), siteName);
        if (found == null || siteName == null || !found.value().stream().allMatch(name -> Text.key(name).equals(Text.key(siteName)))) {
            return found == null || !DECLARED.contains(found.from()) ? found : HeadlineBylines.shownInstead(found, HeadlineBylines.outsideLists(page));
        }
        // the site credits itself ("Acme Clinic" on acme-clinic's pages): a person its bylines name wrote
        // it; a "written by" line anywhere in the text is too weak for that (on a personal site it credits others)
        Pick<List<String>> person = namedInBody(page, false, new TeamCredits(), new BylineUserNames());
        return person != null && !person.from().equals(WRITTEN_BY_LINE) && person.value().stream().noneMatch(name -> Text.key(name).equals(Text.key(siteName))) ? person : found;
    }

    private static Pick<List<String>> find(Page page) {
        List<String> names = new ArrayList<>();
        List<String> userNames = new ArrayList<>();
        for (String name : page.jsonLd().texts("author")) {
            DistinctNames.addAll(names, DeclaredAuthors.declaredNames(name));
            DistinctNames.addAll(userNames, DeclaredAuthors.userName(name));
        }
        Pick<String> site = page.meta().first("og:site_name");
        names = OutletNames.withoutOutlets(names, page.jsonLd().publisherName(), site == null ? null : site.value());
        if (!names.isEmpty() && !page.jsonLd().authorsAreOrganizations()) {
            return new Pick<>(names, "json-ld:author");
        }
        if (!names.isEmpty()) {
            // the site credits itself: a person named by the page's other sources is the author
            Pick<List<String>> person = fromPage(page, false, new TeamCredits(), new BylineUserNames());
            return person != null ? person : new Pick<>(names, ORGANIZATIONS);
        }
        TeamCredits teams = new TeamCredits(); // "Acme Staff" in a byline element, seen while looking for names
        BylineUserNames users = new BylineUserNames(); // "by jdoe", likewise
        Pick<List<String>> found = fromPage(page, true, teams, users);
        if (found == null && !userNames.isEmpty()) {
            found = new Pick<>(userNames, "json-ld:author (user name)");
        }
        if (found == null && users.first() != null) {
            found = new Pick<>(List.of(users.first()), "byline (user name)");
        }
        if (found == null) {
            found = DeclaredAuthors.ownersBlog(page);
        }
        if (found == null) {
            found = DeclaredAuthors.sharingLabel(page);
        }
        if (found == null) {
            String pictured = AuthorPortraits.find(page); // <img alt="Jane Doe"><p>Jane Doe</p>: an author card without a class
            found = pictured == null ? null : new Pick<>(List.of(pictured), AuthorPortraits.SOURCE);
        }
        return found != null || teams.first() == null ? found : new Pick<>(List.of(teams.first()), "byline (team)");
    }

    /**
     * The authors named by the page's meta tags, links and bylines, then the source's hint (unless
     * told not to: it may repeat the organisation), a "By ..." line after the heading, and last a
     * user name in the meta tags.
     */
    private static Pick<List<String>> fromPage(Page page, boolean withHint, TeamCredits teams, BylineUserNames users) {
        Pick<List<String>> named = namedOnPage(page, withHint, teams, users);
        return named != null ? named : DeclaredAuthors.metaUserNames(page);
    }

    private static Pick<List<String>> namedOnPage(Page page, boolean withHint, TeamCredits teams, BylineUserNames users) {
        Pick<List<String>> declared = DeclaredAuthors.metaNames(page);
        return declared != null ? declared : namedInBody(page, withHint, teams, users);
    }

    /**
     * The authors named by {@code rel=author} links and bylines, then the source's hint and a "By ..." line after the heading;
     * byline elements and lines without a name are offered to {@code teams} and {@code users}, for the last resort.
     */
    private static Pick<List<String>> namedInBody(Page page, boolean withHint, TeamCredits teams, BylineUserNames users) {
        List<String> names = new ArrayList<>();
        for (Element link : page.tags().select("a", AUTHOR_LINK)) {
            DistinctNames.addAll(names, Bylines.names(link.text()));
        }
        if (!names.isEmpty()) {
            return new Pick<>(names, "rel=author");
        }
        names = BylineElements.names(page, teams, users);
        if (!names.isEmpty()) {
            return new Pick<>(names, "byline");
        }
        if (!withHint) {
            return bylineAfterHeading(page, users);
        }
        if (page.item().authors != null && !page.item().authors.isEmpty()) {
            return new Pick<>(new ArrayList<>(page.item().authors), "item");
        }
        return bylineAfterHeading(page, users);
    }

    /**
     * A "By ..." line among the first short texts after an {@code <h1>} in reading order, also
     * outside the heading's own box (a header band whose meta line is a sibling of the title's
     * box). Each of the first few headings opens a new window, so that a site name set as an
     * {@code <h1>} before the headline does not use it up.
     */
    private static Pick<List<String>> bylineAfterHeading(Page page, BylineUserNames users) {
        Element body = page.doc().body();
        if (body == null) {
            return null;
        }
        HeadlineBylines.Line line = HeadlineBylines.lineAfterHeading(body, page, users);
        if (line != null) {
            return new Pick<>(line.names(), line.from());
        }
        List<String> written = WrittenByLines.find(body);
        if (!written.isEmpty()) {
            return new Pick<>(written, WRITTEN_BY_LINE);
        }
        List<String> field = AsideAuthorFields.find(page); // <aside><h3>Author</h3><p>Jane Doe</p></aside>
        return field.isEmpty() ? null : new Pick<>(field, "aside field");
    }
}
