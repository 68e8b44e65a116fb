package org.gazette.parse.html.impl;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jsoup.nodes.Element;

/**
 * Finds the lines that close an article with the author's or the site's social profiles: after
 * the last paragraph, lines whose links lead to social networks ("Facebook: Acme", "Instagram Daily
 * Fun: <a>acme</a>", "Follow us on <a>Facebook</a>, <a>X</a> and <a>YouTube</a>"), with the label
 * above them ("Stay connected:"). The sign is where the links lead (the networks' own domains), not
 * the wording, so it holds in any language. At least two such links are needed: one "Connect with
 * me on Instagram" under a post is the author's own last word. Lines of more than a few words that
 * are mostly not links (an account and what it posts), or a run under a heading, are the article's
 * own list of accounts.
 */
final class SocialFollowLines {

    /** The networks' registered domains; a link to one of them or a subdomain leads to a profile or a post there. */
    private static final Set<String> NETWORKS = Set.of("facebook.com", "fb.com", "instagram.com", "twitter.com", "x.com",
            "tiktok.com", "youtube.com", "youtu.be", "linkedin.com", "pinterest.com", "threads.net", "bsky.app", "t.me",
            "wa.me");
    /** A line of the run has at most this many words ("Follow us on Facebook, X and YouTube"), unless half its text is links. */
    static final int MAX_LINE_WORDS = 8;
    /** The run needs at least this many links to networks. */
    static final int MIN_LINKS = 2;

    private SocialFollowLines() {
    }

    /**
     * @param blocks the article's blocks in reading order
     * @param dropped which of them are already set aside (changed in place)
     */
    static void drop(List<Blocks.Block> blocks, boolean[] dropped) {
        int start = blocks.size();
        int links = 0;
        Set<Element> counted = Collections.newSetFromMap(new IdentityHashMap<>());
        for (int i = blocks.size() - 1; i >= 0; i--) {
            if (dropped[i]) {
                continue;
            }
            Blocks.Block b = blocks.get(i);
            if (Tally.isProse(b) || b.linkChars() == 0) {
                if (b.heading() && start < blocks.size()) {
                    return; // a section of the article that lists accounts ("Five feeds to follow")
                }
                if (!Tally.isProse(b) && Text.words(b.text()) <= Edges.LABEL_WORDS && start < blocks.size()) {
                    start = i; // the label over the profiles ("Stay connected:"), the run's first line
                }
                break;
            }
            if (Text.words(b.text()) > MAX_LINE_WORDS && b.linkChars() * 2 < b.text().length()) {
                break; // an account with a description of its own: the article's list
            }
            int toNetworks = networkLinks(b.owner(), counted);
            if (toNetworks < 0) {
                break; // a link line to other places: the article's own list
            }
            links += toNetworks;
            start = i;
        }
        if (links < MIN_LINKS) {
            return;
        }
        for (int i = start; i < blocks.size(); i++) {
            dropped[i] = true;
        }
    }

    /**
     * @return how many links of the element lead to a social network (0 when it was counted
     *         already, as the element of another line), or -1 when fewer than half of them do
     */
    private static int networkLinks(Element owner, Set<Element> counted) {
        if (counted.contains(owner)) {
            return 0; // the element of a line read already
        }
        int all = 0;
        int networks = 0;
        for (Element a : owner.getElementsByTag("a")) {
            if (a.hasAttr("href")) {
                all++;
                networks += isNetwork(a.attr("href")) ? 1 : 0;
            }
        }
        if (networks == 0 || networks * 2 < all) {
            return -1;
        }
        counted.add(owner);
        return networks;
    }

    /** @return true for an absolute link to a social network's domain or a subdomain of it */
    static boolean isNetwork(String href) {
        String h = href.strip().toLowerCase(Locale.ROOT);
        String host = h.startsWith("http") ? UrlPaths.hostOf(h) : null;
        if (host == null) {
            return false;
        }
        for (int dot = -1; ; dot = host.indexOf('.', dot + 1)) {
            if (NETWORKS.contains(host.substring(dot + 1))) {
                return true;
            }
            if (host.indexOf('.', dot + 1) < 0) {
                return false;
            }
        }
    }
}
