package org.gazette.enrich.entities.impl;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.gazette.api.model.EntityType;

/**
 * Joins an organisation's name that the run of capitalised words split at an inner "and" into one
 * candidate:
 * <ul>
 * <li>an organisation head with "of" or "for" and one or two words, "and", and a short run of
 * words: "the Office of Science and Technology Policy", "Department of Health and Human Services",
 * "Berkman Centre for Internet and Society" (not when the words after "of" are a known place,
 * "University of Michigan and Ohio State", nor before an acronym or a known name);</li>
 * <li>one word after "the", an article, a possessive or a known organisation ("United Nations Food and
 * Agriculture Organization"), "and", and a run that is an organisation
 * by its own words and does not start with a known name: "the Newfoundland and Labrador Court of
 * Appeal", "the Arts and Humanities Citation Index" (not "between Acme and Globex Inc", where the
 * first is a name of its own, nor "the Sabine and Rio Grande Rivers").</li>
 * </ul>
 */
final class AndJoinedOrganisations {

    private static final Set<String> BEFORE_ONE_WORD = Set.of("the", "a", "an", "my", "our", "your", "his", "her", "their", "its");

    private final Lexicon lexicon;
    private final List<Token> tokens;
    private final NameFinder finder;

    AndJoinedOrganisations(Lexicon lexicon, List<Token> tokens, NameFinder finder) {
        this.lexicon = lexicon;
        this.tokens = tokens;
        this.finder = finder;
    }

    /** @return the candidates with split names joined (the list given when nothing changed) */
    List<Candidate> join(List<Candidate> candidates) {
        List<Candidate> out = null;
        for (int k = 0; k < candidates.size(); k++) {
            Candidate left = candidates.get(k);
            Candidate right = k + 1 < candidates.size() ? candidates.get(k + 1) : null;
            boolean joins = right != null && splitAtAnd(left, right) && (officeOfAnd(left, right)
                    || wordAndOrganisation(left, right, k > 0 ? candidates.get(k - 1) : null));
            if (joins && out == null) {
                out = new ArrayList<>(candidates.subList(0, k));
            }
            if (joins) {
                Candidate joined = finder.candidate(left.from, right.to, null);
                joined.spanFrom = left.spanFrom;
                joined.decide(EntityType.ORGANIZATION, 0.8);
                out.add(joined);
                k++;
            } else if (out != null) {
                out.add(left);
            }
        }
        return out == null ? candidates : out;
    }

    private boolean splitAtAnd(Candidate left, Candidate right) {
        return left.to + 1 == right.from && tokens.get(left.to).is("and") && !tokens.get(right.from).sentenceStart
                && !left.personCue && !right.personCue && !left.roleAlone && !right.roleAlone && !left.caseless && !right.caseless
                && right.known == null && !NameWords.isAcronym(tokens.get(right.from));
    }

    /** "Office of Science" and "Technology Policy" */
    private boolean officeOfAnd(Candidate left, Candidate right) {
        int of = -1;
        for (int k = left.from + 1; k < left.to - 1; k++) {
            if (tokens.get(k).is("of") || tokens.get(k).is("for")) {
                of = k;
            }
        }
        if (of < 0 || left.to - of - 1 > 2 || right.length() > 3 || !lexicon.isOrgHead(tokens.get(of - 1).text)
                && !lexicon.isOrgSuffix(tokens.get(of - 1).text)) {
            return false;
        }
        for (int k = of + 1; k < left.to; k++) {
            if (tokens.get(k).shape != Token.Shape.CAPITALISED) {
                return false;
            }
        }
        int phrase = lexicon.longestPhrase(tokens, of + 1, left.to, false);
        Known known = phrase > 0 ? lexicon.phrase(tokens, of + 1, of + 1 + phrase, false) : null;
        return known == null || known.type() != EntityType.LOCATION; // "University of Michigan and Ohio State" are two
    }

    /** "Newfoundland" and "Labrador Court of Appeal" */
    private boolean wordAndOrganisation(Candidate left, Candidate right, Candidate before) {
        if (left.length() != 1 || tokens.get(left.from).shape != Token.Shape.CAPITALISED || left.from == 0
                || finder.typeFromWords(right) != EntityType.ORGANIZATION) {
            return false;
        }
        boolean afterOrganisation = before != null && before.to == left.from && before.known != null
                && before.known.type() == EntityType.ORGANIZATION; // "United Nations Food and Agriculture Organization"
        return (afterOrganisation || BEFORE_ONE_WORD.contains(tokens.get(left.from - 1).text.toLowerCase(Locale.ROOT)))
                && lexicon.longestPhrase(tokens, right.from, right.to, false) == 0; // not "the Sabine and Rio Grande Rivers"
    }
}
