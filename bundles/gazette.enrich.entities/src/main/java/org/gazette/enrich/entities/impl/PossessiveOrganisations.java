package org.gazette.enrich.entities.impl;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.gazette.api.model.EntityType;

/**
 * Joins an organisation's name that holds a possessive into one candidate: a run of capitalised
 * words ending in a group of people or an office ("People", "Children", "Veterans", "Sheriff",
 * "Attorney General"), the possessive, and a run that is an organisation by its words ("the Hollis
 * County Sheriff's Office", "Quarrow Children's Hospital", "the People's Bank of Zembla", "the
 * Farmers' Union"). The run of capitalised words stops at a possessive, so without this the parts
 * would be a person "Office" or a place "Quarrow". A country, state or city or a demonym right before the
 * owner word is part of the name ("the Zembla People's Party", "the Zemblan People's Army"). Not after a name ("Ann Lee's Labour Party"): the
 * word before the possessive must be such a noun, a title or role, or a common word.
 */
final class PossessiveOrganisations {

    /** Plural nouns of groups of people that name organisations with a possessive ("People's Party", "Workers' Union"). */
    private static final Set<String> GROUPS = Set.of("People", "Peoples", "Children", "Women", "Men", "Workers",
            "Veterans", "Farmers", "Teachers", "Nurses", "Citizens", "Writers", "Journalists", "Students", "Consumers",
            "Employers", "Miners", "Doctors", "Lawyers", "Officers", "Seamen", "Sailors", "Soldiers", "Pensioners",
            "Taxpayers", "Growers", "Producers", "Merchants", "Builders", "Artists", "Musicians", "Actors", "Firefighters",
            "Mothers", "Fathers", "Parents", "Friends", "Traders", "Engineers", "Pilots", "Priests", "Bishops", "Elders");

    private final Lexicon lexicon;
    private final List<Token> tokens;
    private final NameFinder finder;

    PossessiveOrganisations(Lexicon lexicon, List<Token> tokens, NameFinder finder) {
        this.lexicon = lexicon;
        this.tokens = tokens;
        this.finder = finder;
    }

    /** @return the candidates with such names joined (the list given when nothing changed) */
    List<Candidate> join(List<Candidate> candidates) {
        List<Candidate> out = null;
        int k = 0;
        while (k < candidates.size()) {
            Candidate left = candidates.get(k);
            int possessive = left.to;
            int[] span = possessive < tokens.size() && tokens.get(possessive).shape == Token.Shape.POSSESSIVE
                    ? span(left, possessive) : null;
            int next = k + 1;
            while (span != null && next < candidates.size() && candidates.get(next).from < span[1]) {
                next++;
            }
            if (span == null || next == k + 1 || candidates.get(next - 1).to != span[1]) {
                if (out != null) {
                    out.add(left);
                }
                k++;
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(candidates.subList(0, k));
            }
            Candidate before = out.isEmpty() ? null : out.get(out.size() - 1);
            if (before != null && before.to == span[0] && placeBefore(before)) {
                out.remove(out.size() - 1); // "Pakistan People's Party"
                span[0] = before.from;
            } else if (span[0] > 0 && demonym(span[0] - 1)) {
                span[0]--; // "the Chinese People's Liberation Army"
            }
            Candidate joined = finder.candidate(span[0], span[1], null);
            joined.decide(EntityType.ORGANIZATION, 0.8);
            out.add(joined);
            k = next;
        }
        return out == null ? candidates : out;
    }

    /** @return the tokens [from, to) of the organisation through the possessive after {@code left}, or {@code null} */
    private int[] span(Candidate left, int possessive) {
        Token owner = tokens.get(left.to - 1);
        int right = possessive + 1;
        if (left.personCue && !left.roleAlone || right >= tokens.size() || !ownerWord(left, owner)) {
            return null;
        }
        Token first = tokens.get(right);
        if (first.shape != Token.Shape.CAPITALISED || first.sentenceStart || first.caseless) {
            return null;
        }
        int end = finder.runEnd(right, tokens.size());
        boolean organisation = lexicon.isOrgSuffix(tokens.get(end - 1).text) && !lexicon.isPlaceSuffix(tokens.get(end - 1).text)
                || OrganisationHeadOf.in(lexicon, tokens, right, end);
        return organisation ? new int[] {left.from, end} : null;
    }

    /** A country, state or city right before the owner word: part of the name ("Zembla People's Party"). */
    private boolean placeBefore(Candidate c) {
        return c.known != null && !c.personCue && !c.roleAlone && c.known.type() == EntityType.LOCATION
                && (c.known.kind() == Known.Kind.COUNTRY || c.known.kind() == Known.Kind.STATE || c.known.kind() == Known.Kind.CITY);
    }

    private boolean demonym(int k) {
        Token t = tokens.get(k);
        if (t.shape != Token.Shape.CAPITALISED || t.caseless) {
            return false;
        }
        Known known = lexicon.phrase(tokens, k, k + 1, false);
        return known != null && known.kind() == Known.Kind.DEMONYM;
    }

    /**
     * A plural with the bare apostrophe of plural possessives, "Dockworkers'", "Beekeepers'": a group of
     * people named by what they do, as unions and associations are ("the Tarnby Dockworkers' Union"), beyond
     * the listed {@link #GROUPS}; not a given or family name ending in s ("Charles' Foundation", "Jones' Bar").
     */
    private boolean pluralOfPeople(int k) {
        String possessive = k + 1 < tokens.size() ? tokens.get(k + 1).text : "";
        String w = tokens.get(k).text;
        return (possessive.equals("'") || possessive.equals("’")) && w.length() > 4 && w.endsWith("s") && !w.endsWith("ss")
                && !lexicon.isFirstName(w) && !lexicon.isFamilyName(w) && lexicon.phrase(tokens, k, k + 1, false) == null;
    }

    /** "People", "Sheriff", "Attorney General", or a common word: not a name ("Ann Lee's"). */
    private boolean ownerWord(Candidate left, Token owner) {
        if (owner.shape != Token.Shape.CAPITALISED) {
            return false;
        }
        if (GROUPS.contains(owner.text) || lexicon.isRole(owner.text) || left.roleAlone || pluralOfPeople(left.to - 1)) {
            return true;
        }
        return left.known == null && left.length() == 1 && !lexicon.isFirstName(owner.text)
                && lexicon.isCommonWord(owner.text.toLowerCase(Locale.ROOT));
    }
}
