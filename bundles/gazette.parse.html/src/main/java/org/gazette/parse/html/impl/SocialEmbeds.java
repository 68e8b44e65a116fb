package org.gazette.parse.html.impl;

import java.util.Set;

import org.jsoup.nodes.Element;

/**
 * Recognises a post embedded from a social network: the {@code blockquote} that the network's
 * embed code puts in a page ({@code <blockquote class="twitter-tweet">}, {@code instagram-media},
 * {@code tiktok-embed}, ...) and that its script replaces with an iframe. Like the iframe, it is
 * someone else's post shown beside the article, not the article's text. The class names are the
 * networks' own, the same on every site that embeds a post.
 */
final class SocialEmbeds {

    /** The classes of the embed codes' blockquotes (X/Twitter, Instagram, TikTok, Bluesky, Reddit, Threads). */
    private static final Set<String> CLASSES = Set.of("twitter-tweet", "twitter-video", "instagram-media",
            "tiktok-embed", "bluesky-embed", "reddit-embed-bq", "text-post-media");

    private SocialEmbeds() {
    }

    /** @return true for the blockquote of an embedded social post */
    static boolean isEmbeddedPost(Element el) {
        if (!el.normalName().equals("blockquote") || el.attributesSize() == 0) {
            return false;
        }
        for (String c : el.classNames()) {
            if (CLASSES.contains(c)) {
                return true;
            }
        }
        return false;
    }
}
