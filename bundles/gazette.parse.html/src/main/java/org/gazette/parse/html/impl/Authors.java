package org.gazette.parse.html.impl;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gazette.text.Bylines;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
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
 */
final class Authors {
    private static final Evaluator AUTHOR_LINK = Selector.evaluatorOf("a[rel~=(?i)^author$]");
    private static final Evaluator ITEMPROP_NAME = Selector.evaluatorOf("[itemprop=name]");
    private static final Evaluator LINK = Selector.evaluatorOf("a");

    /**
     * With {@code [itemprop=author]} and {@link #BYLINE_CLASSES}: the byline elements, see {@link #isByline}.
     * Templates of sites in other languages name the box in theirs: {@code articolo-autore},
     * {@code autor}, {@code auteur}, {@code yazar} (Italian, Spanish, Portuguese, Polish, German, French, Turkish).
     */
    private static final Evaluator REL_AUTHOR = Selector.evaluatorOf("[rel~=(?i)^author$]");
    private static final Evaluator BYLINE_CLASSES = new ClassMentions(Selector.evaluatorOf("[class~=(?i)(^|[\\s_-])"
            + "(author|authors|authorname|byline|byline__name|author-name|submitted|autor|autore|autori|autores|auteur|auteurs|yazar)([\\s_-]|$)"
            + "|(?-i:[a-z]Authors?(?:[A-Z\\s_-]|$))]"), new AsciiWords("author", "byline", "submitted", "autor", "auteur", "yazar"));
    private static final int MAX_BYLINE_ELEMENTS = 50;
    /** "Jane Doe's blog", "Jane Doe’s Weblog", as personal sites name themselves. */
    private static final Pattern OWNERS_BLOG = Pattern.compile(
            "(?iu)(.{3,60}?)['\u2019]s? (?:blog|weblog|notebook|journal|newsletter)");
    /** A declared display name longer than this is a sentence, not a name. */
    private static final int MAX_DECLARED_NAME = 60;
    private static final String WRITTEN_BY_LINE = "written-by line";
    /** The source of JSON-LD authors that are all organisations when the page names no person. */
    private static final String ORGANIZATIONS = "json-ld:author (organization)";
    /** How many parts (text nodes, child elements) of a byline element are tried one by one. */
    private static final int MAX_BYLINE_PARTS = 10;
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
        Pick<List<String>> found = withoutSiteBesidePerson(find(page), siteName);
        if (found == null || siteName == null || !found.value().stream().allMatch(name -> Text.key(name).equals(Text.key(siteName)))) {
            return found == null || !DECLARED.contains(found.from()) ? found : HeadlineBylines.shownInstead(found, HeadlineBylines.outsideLists(page));
        }
        // the site credits itself ("Acme Clinic" on acme-clinic's pages): a person its bylines name wrote
        // it; a "written by" line anywhere in the text is too weak for that (on a personal site it credits others)
        Pick<List<String>> person = namedInBody(page, false, new TeamCredits(), new BylineUserNames());
        return person != null && !person.from().equals(WRITTEN_BY_LINE) && person.value().stream().noneMatch(name -> Text.key(name).equals(Text.key(siteName))) ? person : found;
    }

    /**
     * @return the authors without the site's own name when a person is named beside it: bylines that add
     *         the outlet after the writer ("Por Mariana Souza, Jornal da Serra — Nova Esperança", as Brazilian
     *         portals sign) name one author, not two
     */
    private static Pick<List<String>> withoutSiteBesidePerson(Pick<List<String>> found, String siteName) {
        if (found == null) {
            return null;
        }
        List<String> people = withoutOutlets(found.value(), siteName);
        return people == found.value() ? found : new Pick<>(people, found.from());
    }

    private static Pick<List<String>> find(Page page) {
        List<String> names = new ArrayList<>();
        List<String> userNames = new ArrayList<>();
        for (String name : page.jsonLd().texts("author")) {
            addAll(names, declaredNames(name));
            addAll(userNames, userName(name));
        }
        Pick<String> site = page.meta().first("og:site_name");
        names = withoutOutlets(names, page.jsonLd().publisherName(), site == null ? null : site.value());
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
            found = ownersBlog(page);
        }
        if (found == null) {
            found = sharingLabel(page);
        }
        if (found == null) {
            String pictured = AuthorPortraits.find(page); // <img alt="Jane Doe"><p>Jane Doe</p>: an author card without a class
            found = pictured == null ? null : new Pick<>(List.of(pictured), AuthorPortraits.SOURCE);
        }
        return found != null || teams.first() == null ? found : new Pick<>(List.of(teams.first()), "byline (team)");
    }

    /**
     * @param names authors as a byline or the metadata gives them
     * @param outlets the names of the outlet (the site name, the JSON-LD publisher); {@code null}s are skipped
     * @return the names without those of the outlet when a person is named beside it ("Jane Doe and John Roe, The
     *         Valley Courier", as news networks fill the author field); {@code names} itself when nothing goes
     */
    private static List<String> withoutOutlets(List<String> names, String... outlets) {
        if (names.size() < 2) {
            return names;
        }
        List<String> people = new ArrayList<>(names);
        for (String outlet : outlets) {
            if (outlet != null) {
                String key = Text.key(outlet);
                people.removeIf(name -> Text.key(name).equals(key));
            }
        }
        return people.isEmpty() || people.size() == names.size() ? names : people;
    }

    /** @return the writer that the page's link-preview labels name ({@link SharingLabelAuthors}), or {@code null} */
    private static Pick<List<String>> sharingLabel(Page page) {
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
    private static List<String> declaredNames(String value) {
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
    private static List<String> userName(String value) {
        String user = BylineUserNames.of(value);
        return user == null ? List.of() : List.of(user);
    }

    /**
     * @return true for an element of {@code [itemprop=author], [rel~=(?i)^author$]} or with a class
     *         such as {@code author} or {@code byline}, told by the attributes' lower-case names
     */
    private static boolean isByline(Element el) {
        Attributes a = el.attributes();
        return a.get("itemprop").trim().equalsIgnoreCase("author") || a.hasKey("rel") && REL_AUTHOR.matches(el, el)
                || BYLINE_CLASSES.matches(el, el);
    }

    /** @return the owner of a site that calls itself "Jane Doe's blog" (og:site_name), or {@code null} */
    private static Pick<List<String>> ownersBlog(Page page) {
        Pick<String> site = page.meta().first("og:site_name");
        Matcher m = site == null ? null : OWNERS_BLOG.matcher(site.value());
        return m != null && m.matches() && Bylines.isName(m.group(1)) ? new Pick<>(List.of(m.group(1)), "og:site_name") : null;
    }

    /**
     * The authors named by the page's meta tags, links and bylines, then the source's hint (unless
     * told not to: it may repeat the organisation), a "By ..." line after the heading, and last a
     * user name in the meta tags.
     */
    private static Pick<List<String>> fromPage(Page page, boolean withHint, TeamCredits teams, BylineUserNames users) {
        Pick<List<String>> named = namedOnPage(page, withHint, teams, users);
        if (named != null) {
            return named;
        }
        for (String key : new String[] {"author", "article:author"}) {
            List<String> userNames = new ArrayList<>();
            for (String value : page.meta().all(key)) {
                addAll(userNames, userName(value));
            }
            if (!userNames.isEmpty()) {
                return new Pick<>(userNames, MetaTags.source(key) + " (user name)");
            }
        }
        return null;
    }

    private static Pick<List<String>> namedOnPage(Page page, boolean withHint, TeamCredits teams, BylineUserNames users) {
        List<String> names = new ArrayList<>();
        for (String key : new String[] {"author", "article:author", "cxenseparse:author"}) {
            for (String value : page.meta().all(key)) {
                addAll(names, declaredNames(value));
            }
            if (!names.isEmpty()) {
                return new Pick<>(names, MetaTags.source(key));
            }
        }
        return namedInBody(page, withHint, teams, users);
    }

    /**
     * The authors named by {@code rel=author} links and bylines, then the source's hint and a "By ..." line after the heading;
     * byline elements and lines without a name are offered to {@code teams} and {@code users}, for the last resort.
     */
    private static Pick<List<String>> namedInBody(Page page, boolean withHint, TeamCredits teams, BylineUserNames users) {
        List<String> names = new ArrayList<>();
        for (Element link : page.tags().select("a", AUTHOR_LINK)) {
            addAll(names, Bylines.names(link.text()));
        }
        if (!names.isEmpty()) {
            return new Pick<>(names, "rel=author");
        }
        int looked = 0;
        Element found = null;
        for (Element byline : page.tags().selectByAttributes(page.doc().body(), Authors::isByline)) {
            if (++looked > MAX_BYLINE_ELEMENTS) {
                break;
            }
            if (found != null && byline.parent() == found.parent() && byline.className().equals(found.className())) {
                addAll(names, fromElement(byline)); // one element per author: <span class="info__author">, twice
            } else if (found != null && !found.equals(byline.parent()) && byline.parents().indexOf(found) < 0) {
                break;
            } else if (found == null && !BylineImpostors.isImpostor(byline)) {
                addAll(names, fromElement(byline));
                found = names.isEmpty() ? null : byline;
                if (found == null) {
                    teams.offer(byline);
                    users.offer(byline);
                }
            }
        }
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

    /**
     * A byline element: its {@code itemprop=name}, else its text (the first of its blocks with a
     * name, see {@link BylineParts}), else the names of its links,
     * else its first direct part (text or child element) that is a name.
     */
    private static List<String> fromElement(Element element) {
        Element byline = withoutNonNames(element);
        Element name = byline.selectFirst(ITEMPROP_NAME);
        if (name != null) {
            String text = name.hasAttr("content") ? name.attr("content") : name.text();
            return PostNominals.names(text);
        }
        List<String> names = byline.hasAttr("content") ? PostNominals.names(byline.attr("content")) : BylineParts.names(byline);
        if (names == null) {
            names = PostNominals.names(byline.text());
        }
        List<String> linked = new ArrayList<>();
        for (Element link : byline.select(LINK)) {
            if (!OtherCredits.creditedOtherwise(link, byline)) {
                addAll(linked, PostNominals.names(link.text()));
            }
        }
        if (names.isEmpty() || leadsWithLink(names, linked)) {
            names = linked;
        } else {
            names = withLinkedCredentials(names, linked);
        }
        for (int i = 0; names.isEmpty() && i < byline.childNodeSize() && i < MAX_BYLINE_PARTS; i++) {
            // a name beside a date or a role: "Jane Doe<br>4 August 2024", "<span>Jane Doe</span><span>Editor</span>"
            Node part = byline.childNode(i);
            String text = part instanceof TextNode t ? t.text() : part instanceof Element e ? e.text() : "";
            if (!text.isBlank()) {
                names = new ArrayList<>(Bylines.names(text));
            }
        }
        if (names.stream().anyMatch(BylineUserNames::isAccount)) {
            names = new ArrayList<>(names);
            names.removeIf(BylineUserNames::isAccount); // "Webmaster" in a byline, as in the metadata: no author
        }
        return names;
    }

    /**
     * @return the byline without what it holds besides names: superscripts, the marks that tie authors
     *         to their affiliations ("Jane Doe<sup>1</sup>, John Roe<sup>2</sup>"), drawings, avatars,
     *         and the post's categories and tags; the element itself when it has none of them
     */
    private static Element withoutNonNames(Element byline) {
        boolean avatars = byline.selectFirst(BylineImpostors.AVATARS) != null;
        boolean taxonomy = byline.selectFirst(BylineImpostors.TAXONOMY) != null;
        if (!avatars && !taxonomy && byline.getElementsByTag("sup").isEmpty() && byline.getElementsByTag("svg").isEmpty()) {
            return byline;
        }
        Element copy = byline.clone();
        copy.getElementsByTag("sup").remove();
        copy.getElementsByTag("svg").remove(); // a drawing: the initials an avatar draws in place of a picture (<svg><text>CM</text>)
        if (taxonomy) {
            copy.select(BylineImpostors.TAXONOMY).remove(); // the post's categories and tags: "Wellness & Prevention"
        }
        if (avatars) {
            // an author card's picture, or the initials drawn in its place: "NB" before "Nina Brook"
            copy.select(BylineImpostors.AVATARS).remove();
        }
        return copy;
    }

    /**
     * @return the names, each replaced by the linked name that is it with credentials ("By <a>Jane Doe, DVM</a>. Reviewed
     *         by ...": the whole text, cut at its commas, gave "Jane Doe")
     */
    private static List<String> withLinkedCredentials(List<String> names, List<String> linked) {
        List<String> credited = new ArrayList<>(names);
        for (int i = 0; i < credited.size(); i++) {
            for (String link : linked) {
                if (link.length() > credited.get(i).length() && PostNominals.withCredentials(link, credited.get(i)).equals(link)) {
                    credited.set(i, link);
                }
            }
        }
        return credited;
    }

    /**
     * @return true when the byline's text opens with its first linked name and says more beside
     *         the links: a role, an outlet or a tooltip printed after the name ("Jane Doe Senior
     *         Editor", "Jane Doe, Editor, The Post")
     */
    private static boolean leadsWithLink(List<String> names, List<String> linked) {
        if (linked.isEmpty() || names.equals(linked)) {
            return false;
        }
        String first = names.get(0);
        String lead = linked.get(0);
        return first.regionMatches(true, 0, lead, 0, lead.length())
                && (first.length() == lead.length() || first.charAt(lead.length()) == ' ');
    }

    private static void addAll(List<String> names, List<String> more) {
        for (String name : more) {
            if (names.stream().noneMatch(name::equalsIgnoreCase)) {
                names.add(name);
            }
        }
    }
}
