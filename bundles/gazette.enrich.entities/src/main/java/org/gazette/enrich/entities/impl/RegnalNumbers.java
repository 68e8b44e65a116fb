package org.gazette.enrich.entities.impl;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A Roman numeral right after a monarch's name with its title belongs to the name: "King Olaf I"
 * and "King Olaf II" are two people. Only after a title of monarchs ("King", "Queen", "Pope",
 * "Shah", "Sultan", "Emperor"…), so that "Speaker Ames I" stays the name and the pronoun.
 */
final class RegnalNumbers {

    /** Titles of monarchs and popes, lower case: general knowledge, written for Gazette. */
    private static final Set<String> MONARCH_TITLES = Set.of("king", "queen", "pope", "shah", "sultan", "emperor",
            "empress", "tsar", "czar", "tsarina", "kaiser", "pharaoh", "caliph", "emir", "khan", "prince", "princess");
    private static final Pattern NUMERAL = Pattern.compile("(I{1,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XVI{0,3}|XIX|XX)");

    private final List<Token> tokens;

    RegnalNumbers(List<Token> tokens) {
        this.tokens = tokens;
    }

    /** @return the candidates, numbered monarchs extended (the list given when nothing changed) */
    List<Candidate> extend(List<Candidate> candidates) {
        List<Candidate> out = null;
        for (int k = 0; k < candidates.size(); k++) {
            Candidate c = candidates.get(k);
            boolean numbered = isNumbered(c);
            if (numbered && out == null) {
                out = new ArrayList<>(candidates.subList(0, k));
            }
            if (out != null) {
                out.add(numbered ? numbered(c) : c);
            }
        }
        return out == null ? candidates : out;
    }

    private boolean isNumbered(Candidate c) {
        if (c.known != null || c.roleAlone || c.role == null || !MONARCH_TITLES.contains(c.role) || c.to >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(c.to);
        String numeral = next.text.endsWith(".") ? next.text.substring(0, next.text.length() - 1) : next.text;
        return !next.lineStart && next.start == tokens.get(c.to - 1).end + 1 && NUMERAL.matcher(numeral).matches();
    }

    private Candidate numbered(Candidate c) {
        Token next = tokens.get(c.to);
        String numeral = next.text.endsWith(".") ? next.text.substring(0, next.text.length() - 1) : next.text;
        Candidate n = new Candidate(c.from, c.to + 1, c.surface + " " + numeral, null);
        n.spanFrom = c.spanFrom;
        n.personCue = c.personCue;
        n.role = c.role;
        n.caseless = c.caseless;
        return n;
    }
}
