package org.gazette.enrich.entities.impl;

import java.util.List;
import java.util.Set;

/**
 * A one-word name before "shares" or "stock" and a verb of prices is a listed company: "Holvane shares rose
 * 4%", "Kestrel stock fell". People have no shares that rise ("Anna shares her recipe" has no such
 * verb after it).
 */
final class SharesThatMove {

    private static final Set<String> SHARES = Set.of("shares", "stock", "stocks", "share");
    private static final Set<String> MOVES = Set.of("rose", "fell", "jumped", "dropped", "climbed", "slid", "slumped",
            "tumbled", "surged", "soared", "plunged", "plummeted", "gained", "lost", "rallied", "sank", "dipped", "rise",
            "fall", "rises", "falls", "jump", "jumps", "closed", "opened", "traded", "ended", "edged", "spiked", "crashed");

    private SharesThatMove() {
    }

    /**
     * @return whether "shares" or "stock" and a verb of prices follow a one-word name (a longer one before
     *         them is left to {@link OrganisationNamesWithoutSuffix}: "Zembla Mining shares" modify)
     */
    static boolean after(List<Token> tokens, Candidate c) {
        if (c.length() != 1 || c.to + 1 >= tokens.size()) {
            return false;
        }
        Token shares = tokens.get(c.to);
        Token move = tokens.get(c.to + 1);
        return shares.shape == Token.Shape.LOWER && SHARES.contains(shares.text) && move.shape == Token.Shape.LOWER
                && MOVES.contains(move.text);
    }
}
