package org.gazette.parse.html.impl;

import java.util.ArrayList;
import java.util.List;

import org.gazette.text.Bylines;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * The names that the page's byline elements print ({@code itemprop="author"}, {@code rel="author"},
 * classes such as {@code author} or {@code byline}): the first such element with a name, and its
 * siblings of the same class (one element per author). A byline element holds more than names (a
 * date, a role, an avatar's initials, the post's categories, a "Reviewed by" credit), so reading
 * one is a job of its own, apart from {@link Authors}' order of sources.
 */
final class BylineElements {
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
    /** How many parts (text nodes, child elements) of a byline element are tried one by one. */
    private static final int MAX_BYLINE_PARTS = 10;

    private BylineElements() {
    }

    /**
     * @param teams offered the byline elements without a name, for the last resort ("Acme Staff")
     * @param users likewise ("by jdoe")
     * @return the names of the first byline element with one and of its siblings of the same class, in
     *         byline order; empty when none names a person
     */
    static List<String> names(Page page, TeamCredits teams, BylineUserNames users) {
        List<String> names = new ArrayList<>();
        int looked = 0;
        Element found = null;
        for (Element byline : page.tags().selectByAttributes(page.doc().body(), BylineElements::isByline)) {
            if (++looked > MAX_BYLINE_ELEMENTS) {
                break;
            }
            if (found != null && byline.parent() == found.parent() && byline.className().equals(found.className())) {
                DistinctNames.addAll(names, fromElement(byline)); // one element per author: <span class="info__author">, twice
            } else if (found != null && !found.equals(byline.parent()) && byline.parents().indexOf(found) < 0) {
                break;
            } else if (found == null && !BylineImpostors.isImpostor(byline)) {
                DistinctNames.addAll(names, fromElement(byline));
                found = names.isEmpty() ? null : byline;
                if (found == null) {
                    teams.offer(byline);
                    users.offer(byline);
                }
            }
        }
        return names;
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
                DistinctNames.addAll(linked, PostNominals.names(link.text()));
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
            if (names.isEmpty() && part instanceof TextNode) {
                // "Dec. 19, 2025 · Jane Doe on behalf of <a>the docs team</a>"
                boolean beforeLink = part.nextSibling() instanceof Element next && next.normalName().equals("a");
                names = new ArrayList<>(MetaLineFields.names(Text.normalise(text), beforeLink));
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
}
