package org.gazette.enrich.entities.impl;

import java.util.List;
import java.util.Set;

/**
 * A social network or video site named as the place where something is posted or watched, after "on"
 * ("put it on YouTube", "wished happy birthday on Facebook"), is a medium, not the company: the
 * development set marks it as no organisation. Not after a noun of what the company hosts ("the most
 * subscribed channel on YouTube", "her page on Facebook"), and not other uses ("Facebook said",
 * "YouTube's owner"). Twitter is left out: the development set marks "posted on Twitter" as the company.
 */
final class PlatformsAsMedia {

    /** Canonical names of the gazetteer's social networks and video sites used as media. */
    private static final Set<String> PLATFORMS = Set.of("Facebook", "YouTube", "Instagram", "TikTok", "Snapchat");
    /** Nouns before "on" that make the platform the company that hosts them ("a channel on YouTube"). */
    private static final Set<String> HOSTED = Set.of("channel", "channels", "page", "pages", "account", "accounts",
            "profile", "profiles", "group", "groups", "subscribers", "followers", "ads", "policy", "policies");

    private PlatformsAsMedia() {
    }

    /** @return whether the candidate is a platform named after "on" as the medium of a post */
    static boolean isMedium(List<Token> tokens, Candidate c) {
        if (c.known == null || c.length() != 1 || !PLATFORMS.contains(c.known.canonical()) || c.from == 0
                || !tokens.get(c.from - 1).is("on")) {
            return false;
        }
        if (c.to < tokens.size() && tokens.get(c.to).shape == Token.Shape.POSSESSIVE) {
            return false; // "on YouTube's servers"
        }
        return c.from < 2 || !HOSTED.contains(tokens.get(c.from - 2).text.toLowerCase(java.util.Locale.ROOT));
    }
}
