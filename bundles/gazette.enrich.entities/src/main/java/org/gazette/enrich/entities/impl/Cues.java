package org.gazette.enrich.entities.impl;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.gazette.api.model.EntityType;

/**
 * What the words around a candidate name say about it: a verb of saying or acting after it, a
 * locative or "the" before it, list words, a particle inside it, a state or country after a comma.
 * The {@link Resolver} weighs these cues; this class only reads the tokens.
 */
final class Cues {

    static final Set<String> SPEECH = Set.of("said", "says", "say", "told", "tells", "added", "adds",
            "explained", "wrote", "writes", "argued", "insisted", "noted", "asked", "replied", "stated", "warned",
            "claimed", "announced", "admitted", "denied", "recalled", "acknowledged", "urged", "suggested",
            "confirmed", "thinks", "thought", "believes", "believed", "recalls", "explains", "notes", "smiled",
            "laughed", "shouted", "whispered", "nodded", "sighed", "died", "married", "was", "had", "did", "went");
    static final Set<String> AGENT = Set.of("said", "says", "has", "have", "will", "would", "wants",
            "accused", "imposed", "demanded", "rejected", "is", "was", "warned", "insists", "insisted", "announced",
            "believes", "must", "should", "signalled", "signaled", "responded", "urged", "agreed");
    /**
     * Verbs that make a country or capital before them its government ("Russia said", "Beijing
     * imposed"): only verbs of saying and acting, not "is" or "has" ("France is a country").
     */
    static final Set<String> GOVERNMENT_ACTS = Set.of("said", "says", "announced", "accused", "imposed",
            "demanded", "rejected", "warned", "insists", "insisted", "signalled", "signaled", "responded", "urged",
            "agreed", "wants", "denied", "condemned", "threatened", "vowed", "pledged", "refused", "retaliated",
            "blamed", "ordered", "expelled", "protested", "welcomed", "criticized", "criticised", "declared",
            "proposed", "sought", "seeks", "recognized", "recognised", "sanctioned", "negotiated", "signed",
            "ratified", "vetoed", "voted", "backed", "opposed", "objected", "summoned", "recalled", "invaded",
            "annexed", "declined", "promised", "argued", "claimed", "stated", "told", "asked", "apologized",
            "apologised", "boycotted", "banned", "approved", "hopes", "plans", "intends", "refuses", "launched",
            "attacked", "deployed", "issued", "suspended", "halted", "dismissed", "unveiled", "pledges", "vows");
    /** Words before a name that take people rather than places or things ("by Brock Holt", "with Ann Lee"). */
    static final Set<String> PERSON_BEFORE = Set.of("named", "meet", "met", "interviews", "interviewing",
            "thanked", "interviewed", "married", "congratulate", "congratulated");
    static final Set<String> LOCATIVE = Set.of("in", "at", "from", "near", "to", "into", "across",
            "throughout", "outside", "inside", "toward", "towards", "via", "around", "through", "visit",
            "visited", "visiting", "entered", "left", "leave", "reached");
    /** Verbs of {@link #SPEECH} that places and things do too ("Paris was", "the plan had"). */
    static final Set<String> WEAK_SPEECH = Set.of("was", "had", "did", "went");
    /** Locatives that also take people ("wrote to", "a letter from", "went through"): weak evidence of a place. */
    static final Set<String> WEAK_LOCATIVE = Set.of("from", "to", "into", "toward", "towards", "via", "around",
            "through", "left", "leave");
    /** A {@link #WEAK_LOCATIVE} after one of {@link #MOTION} is strong: "drove to", "the ferry from", "40 km from". */
    static final Set<String> MOTION_LOCATIVE = Set.of("to", "from", "via", "into", "toward", "towards");
    /** Words of motion, ways and distance before "to", "from" or "via": "drove to", "the ferry from", "km from". */
    static final Set<String> MOTION = Set.of("going", "drive", "drove", "driving", "driven", "fly", "flew", "flying",
            "flown", "sail", "sailed", "sailing", "travel", "travelled", "traveled", "travelling", "traveling", "move", "moved", "moving", "head", "headed", "heading", "walk", "walked",
            "walking", "ride", "rode", "trip", "trips", "journey", "ferry", "ferries", "boat", "road", "route",
            "train", "trains", "bus", "buses", "flight", "flights", "miles", "mile", "km", "kilometres", "kilometers",
            "emigrated", "relocated", "fled", "arrived", "north", "south", "east", "west", "commute", "commuted",
            "hike", "hiked", "cycle", "cycled");

    /** Lower-case words right before a name that call it an organisation ("the publishing giant Elsevier", "the company Neuralink"). */
    static final Set<String> ORGANISATION_NOUN_BEFORE = Set.of("company", "companies", "firm", "giant", "publisher",
            "publishers", "brand", "brands", "startup", "start-up", "retailer", "retailers", "network", "broadcaster",
            "airline", "airlines", "manufacturer", "chain", "label", "charity", "nonprofit", "non-profit", "newspaper",
            "magazine", "website", "site", "conglomerate", "corporation", "organisation", "organization", "agency",
            "outlet", "studio", "studios", "franchise", "team", "club");
    /**
     * Verbs before a name of several words that take an organisation ("joined Orbis Dynamics", "founded
     * Quill Media"); a single word needs more ({@link CuedOrganisations}), and a product or programme is
     * "launched" too ("launched Smart Kenya").
     */
    static final Set<String> JOINED = Set.of("joined", "founded", "co-founded", "rejoined");
    /** Lower-case words before "at" or "for" that take an organisation after them ("editor at", "works for"). */
    static final Set<String> MEMBER_AT = Set.of("editor", "editors", "employee", "employees", "works",
            "worked", "working", "intern", "internship", "professor", "lecturer", "researcher", "researchers", "job",
            "jobs", "executive", "executives", "ceo", "cfo", "engineer", "engineers", "manager", "analyst");
    /** Speakers before "for" that speak for an organisation ("a spokesperson for Korvath"). */
    static final Set<String> SPOKESPEOPLE = Set.of("spokesman", "spokeswoman", "spokesperson", "spokespeople");
    /** Lower-case words before "in" that take an organisation after them ("shares in Tellmar", "a stake in Tellmar"). */
    static final Set<String> STAKES_IN = Set.of("shares", "stake", "stakes", "stakeholding", "shareholding", "investors",
            "shareholders");
    /** Lower-case words before "of" that take an organisation after them ("employees of", "the founder of"). */
    static final Set<String> MEMBER_OF = Set.of("employees", "employee", "staff", "ceo", "cfo", "executive", "founder", "founders",
            "co-founder", "chairman", "chairwoman", "shareholders", "spokesman", "spokeswoman", "spokesperson",
            "executives", "subsidiary", "headquarters", "owner", "owners", "shares", "acquisition");
    /** Lower-case words before "with" that take an organisation after them ("partnered with", "signed with"). */
    static final Set<String> DEALT_WITH = Set.of("partnered", "partnership", "partnerships", "contract", "deal", "signed",
            "merged", "merger");
    /** Lower-case words before "by" that take an organisation after them ("owned by", "acquired by"). */
    static final Set<String> DONE_BY_ORGANISATIONS = Set.of("acquired", "owned", "funded", "sponsored", "hired", "bought",
            "employed", "manufactured", "operated");
    /** Lower-case words after a name's possessive that belong to organisations ("Hilton's market capitalization", "X's CEO"). */
    static final Set<String> ORGANISATION_POSSESSIONS = Set.of("ceo", "cfo", "founder", "founders", "employees", "staff",
            "shares", "stock", "shareholders", "headquarters", "products", "subsidiary", "subsidiaries", "market", "revenue",
            "revenues", "profits", "customers", "subscribers", "publications", "journals", "brand", "executives",
            "spokesman", "spokeswoman", "spokesperson", "network", "channel", "stores", "acquisition", "merger");
    /** Verbs after a name that organisations do more than people or places ("Acme acquired", "Zeta hired"). */
    static final Set<String> ORGANISATION_ACTS = Set.of("acquired", "hired", "employs", "ranks", "merged",
            "manufactures", "broadcasts", "airs", "aired", "recruited", "sponsors", "sponsored");

    /**
     * Lower-case nouns before "of" that take a place after them ("the capital of", "north of", "the
     * people of"): votes. The few that decide alone are {@link PlaceNouns}'.
     */
    static final Set<String> PLACE_OF = Set.of("capital", "north", "south", "east", "west", "northeast", "northwest",
            "southeast", "southwest", "part", "parts", "city", "town", "towns", "village", "villages", "province", "region",
            "island", "islands", "coast", "outskirts", "centre", "center", "heart", "mainland", "map", "tip", "border",
            "borders", "suburbs", "population", "citizens", "residents", "inhabitants", "streets", "places", "area",
            "areas", "districts", "district", "point", "shores", "side", "capitals", "rest", "interior", "mayor", "mayors");
    /** The nouns of {@link #PLACE_OF} that say a place even of a run of several words ("the island of Kora Tevani"; not "part of"). */
    static final Set<String> PLACE_NOUN_OF = Set.of("capital", "capitals", "city", "town", "towns", "village", "villages",
            "province", "region", "island", "islands", "coast", "outskirts", "mainland", "border", "borders", "suburbs",
            "citizens", "residents", "inhabitants", "streets", "district", "districts", "shores", "mayor", "mayors");

    private final Lexicon lexicon;
    private final List<Token> tokens;
    private final SportsTeams teams;

    Cues(Lexicon lexicon, List<Token> tokens) {
        this.lexicon = lexicon;
        this.tokens = tokens;
        this.teams = new SportsTeams(lexicon, tokens);
    }

    boolean hasOf(Candidate c) {
        for (int k = c.from + 1; k < c.to; k++) {
            if (tokens.get(k).is("of")) {
                return true;
            }
        }
        return false;
    }

    /** "Coffeyville, KS", "Tulsa, Oklahoma", "Lyon, France". */
    boolean followedByPlace(Candidate c) {
        int k = c.to;
        if (k + 1 >= tokens.size() || !tokens.get(k).isPunct(',')) {
            return false;
        }
        Token next = tokens.get(k + 1);
        if (lexicon.stateAbbreviation(next.text) != null) {
            return true;
        }
        int phrase = next.isCapital() ? lexicon.longestPhrase(tokens, k + 1, tokens.size(), false) : 0;
        Known known = phrase > 0 ? lexicon.phrase(tokens, k + 1, k + 1 + phrase, false) : null;
        int after = k + 1 + phrase;
        boolean longerName = after < tokens.size() && tokens.get(after).isCapital() && !tokens.get(after).sentenceStart;
        return known != null && (known.kind() == Known.Kind.STATE || known.kind() == Known.Kind.COUNTRY)
                && !longerName; // "Ovrel Tamsk, Chad Michael Ferris": a person named like a country
    }

    /** "Washington said" is the US government; "Jordan" and "Georgia" stay places without a person of that name. */
    void ambiguousPlace(Candidate c) {
        Token next = c.to < tokens.size() ? tokens.get(c.to) : null;
        if ("Washington".equals(c.surface) && next != null && next.shape == Token.Shape.LOWER
                && AGENT.contains(next.text) && !placeCue(c)) {
            c.decide(EntityType.ORGANIZATION, 0.6);
        }
    }

    /** A country or a country's capital, not after a locative or "the", before a verb of saying or acting. */
    boolean actsAsGovernment(Candidate c) {
        Token next = c.to < tokens.size() ? tokens.get(c.to) : null;
        return governmentPlace(c) && next != null && next.shape == Token.Shape.LOWER && GOVERNMENT_ACTS.contains(next.text)
                && !placeCue(c) && !afterThe(c) && !(c.from > 0 && tokens.get(c.from - 1).is("of"));
    }

    /** "debuted for Boston" in a text about sport: a city named for its team ({@link SportsTeams#playsFor}) */
    boolean cityAsTeam(Candidate c) {
        return c.known != null && c.known.type() == EntityType.LOCATION && c.known.kind() == Known.Kind.CITY
                && (teams.playsFor(c) || teams.inSportText() && TeamsBesidePlayWords.beforeNamedPlayer(tokens, c));
    }

    boolean governmentPlace(Candidate c) {
        return c.known != null && c.known.type() == EntityType.LOCATION && (c.known.kind() == Known.Kind.COUNTRY
                || c.known.kind() == Known.Kind.CITY && lexicon.isNationalCapital(c.known.canonical()));
    }

    /** "the capital of Zembla", "north of Zembla", "the people of Zembla": a noun of places before "of". */
    boolean placeOf(Candidate c) {
        int k = c.from - 1;
        return k >= 1 && tokens.get(k).is("of") && tokens.get(k - 1).shape == Token.Shape.LOWER
                && PLACE_OF.contains(tokens.get(k - 1).text) || BattlePlaces.after(tokens, c.from);
    }

    /**
     * "LibriVox", "StoolLaLa": a capital inside a single word after lower-case letters, as brands and
     * services are written (not "McDonnell", "MacKenzie", "DeVito", "LeRoy", "O'Reilly").
     */
    static boolean brandShape(Token t) {
        String w = t.text;
        if (w.length() < 5 || !Character.isUpperCase(w.charAt(0)) || w.startsWith("Mc") || w.startsWith("Mac")
                || w.startsWith("De") || w.startsWith("Di") || w.startsWith("Le") || w.startsWith("La") || w.startsWith("Van")) {
            return false;
        }
        for (int k = 2; k < w.length(); k++) {
            if (Character.isUpperCase(w.charAt(k)) && Character.isLowerCase(w.charAt(k - 1)) && Character.isLowerCase(w.charAt(k - 2))) {
                return true;
            }
        }
        return false;
    }

    boolean placeCue(Candidate c) {
        return c.from > 0 && LOCATIVE.contains(tokens.get(c.from - 1).text.toLowerCase(Locale.ROOT));
    }

    /** "the island of Kora Tevani", "residents of Port Ellen": a noun of {@link #PLACE_NOUN_OF} and "of" before the name. */
    boolean placeNounOf(Candidate c) {
        int k = c.from - 1;
        return k >= 1 && tokens.get(k).is("of") && tokens.get(k - 1).shape == Token.Shape.LOWER
                && PLACE_NOUN_OF.contains(tokens.get(k - 1).text);
    }

    /** "drove to Tarnby", "the ferry from Tarnby", "40 km from Tarnby": motion or distance before a weak locative. */
    boolean motionCue(Candidate c) {
        return c.from > 1 && tokens.get(c.from - 1).shape == Token.Shape.LOWER
                && MOTION_LOCATIVE.contains(tokens.get(c.from - 1).text)
                && MOTION.contains(tokens.get(c.from - 2).text.toLowerCase(Locale.ROOT));
    }

    /** "Association for Computational Linguistics", "National Council for Law Reporting", "Center for Policy Studies": an organisation word before "for" inside the run. */
    boolean organisationWordBeforeFor(Candidate c) {
        for (int k = c.from + 1; k < c.to - 1; k++) {
            String before = tokens.get(k - 1).text;
            if (tokens.get(k).is("for") && (lexicon.isOrgHead(before) // "Center for Disease Control", though a "Center" alone is a place
                    || lexicon.isOrgSuffix(before) && !lexicon.isPlaceSuffix(before))
                    || PurposeInOrganisationNames.joins(lexicon, tokens, k, c.to)) { // "Committee to Protect Journalists"
                return true;
            }
        }
        return false;
    }

    /**
     * "Penn State", "Ohio State": a name and "State" alone, as universities are called; not "Member
     * State" or "Free State" (common words), nor a name with a demonym ("Argentine State") or a known name before.
     */
    boolean universityState(Candidate c) {
        if (c.length() != 2 || !tokens.get(c.to - 1).text.equals("State") || c.known != null) {
            return false;
        }
        Token first = tokens.get(c.from);
        int phrase = lexicon.longestPhrase(tokens, c.from, c.from + 1, false);
        Known known = phrase > 0 ? lexicon.phrase(tokens, c.from, c.from + 1, false) : null;
        return first.shape == Token.Shape.CAPITALISED && !lexicon.isCommonWord(first.text.toLowerCase(Locale.ROOT))
                && (known == null || known.kind() == Known.Kind.STATE || known.kind() == Known.Kind.CITY);
    }

    /** "Rogier van der Weyden", "Osama bin Laden": a lower-case name particle inside the run. */
    boolean hasParticle(Candidate c) {
        for (int k = c.from + 1; k < c.to - 1; k++) {
            if (tokens.get(k).shape == Token.Shape.LOWER) {
                return NameWords.isParticle(tokens.get(k).text);
            }
        }
        return false;
    }

    /** "Visiting Russia", "Learning Objectives", "Wrecking Ball": a verb form, not a given name. */
    boolean startsWithGerund(Candidate c) {
        String first = tokens.get(c.from).text;
        return first.length() >= 6 && first.endsWith("ing") && !lexicon.isFirstName(first);
    }

    static boolean isListWord(Token t) {
        return t.isPunct(',') || t.is("and") || t.is("or") || t.isPunct('&');
    }

    /**
     * @return how strongly the words around this mention call it an organisation: 2 for a noun of
     *         organisations right before it ("the publishing giant Elsevier"), a member or act with
     *         "at", "for", "of", "by" before it ("editor at Zeta", "employees of Zeta", "owned by Zeta"), a possessive with an organisation's belonging after it ("Hilton's market", "Zeta's
     *         CEO") or a verb of organisations after it ("Zeta acquired"); also "joined" before a run of
     *         several words, such a noun and a comma before it ("the company, Zeta Labs"), a spokesperson
     *         "for" or shares "in" it, an apposition naming a kind of organisation
     *         ({@link OrganisationAppositions}), a team in a text about sport ({@link SportsTeams}), an
     *         acronym before a verb of acting bodies ("PETA protested"); else 0
     */
    int organisationCue(Candidate c) {
        if (c.from > 0) {
            Token before = tokens.get(c.from - 1);
            if (before.shape == Token.Shape.LOWER && (ORGANISATION_NOUN_BEFORE.contains(before.text)
                    || c.length() >= 2 && JOINED.contains(before.text))) {
                return 2; // "the publishing giant Zellix", "joined Orbis Dynamics"
            }
            if (c.from > 1 && before.isPunct(',') && tokens.get(c.from - 2).shape == Token.Shape.LOWER
                    && ORGANISATION_NOUN_BEFORE.contains(tokens.get(c.from - 2).text)) {
                return 2; // "his space company, Blue Origin"
            }
            int k = c.from - 1;
            if (k > 0 && before.shape == Token.Shape.LOWER && (before.text.equals("the") || before.text.equals("a"))) {
                k--; // "employees of the Zeta", "a job at Zeta"
            }
            Token link = tokens.get(k);
            String word = k > 0 ? tokens.get(k - 1).text.toLowerCase(Locale.ROOT) : "";
            if ((link.is("at") || link.is("for")) && MEMBER_AT.contains(word) || link.is("of") && MEMBER_OF.contains(word)
                    || link.is("for") && SPOKESPEOPLE.contains(word) || link.is("in") && STAKES_IN.contains(word)
                    || link.is("by") && DONE_BY_ORGANISATIONS.contains(word) || link.is("with") && DEALT_WITH.contains(word)) {
                return 2;
            }
        }
        if (teams.isTeam(c, t -> lexicon.isCommonWord(t.text.toLowerCase(Locale.ROOT))) || teams.playsFor(c)) {
            return 2; // "against the Wilmot Hawks" in a text about sport
        }
        Token next = c.to < tokens.size() ? tokens.get(c.to) : null;
        if (next == null) {
            return 0;
        }
        if (OrganisationAppositions.at(tokens, c.to)) {
            return 2; // "Quorvix, a Berlin-based startup"
        }
        if (ShopsByPossessive.at(lexicon, tokens, c)) {
            return 2; // "at Tellby's."
        }
        if (SharesThatMove.after(tokens, c)) {
            return 3; // "Holvane shares rose": outweighs a verb of speech after another mention ("Holvane announced")
        }
        if (next.shape == Token.Shape.POSSESSIVE && c.to + 1 < tokens.size()) {
            Token after = tokens.get(c.to + 1);
            return after.shape == Token.Shape.LOWER && ORGANISATION_POSSESSIONS.contains(after.text) ? 2 : 0;
        }
        if (next.shape == Token.Shape.LOWER && c.length() == 1 && NameWords.isAcronym(tokens.get(c.from))
                && GOVERNMENT_ACTS.contains(next.text)) {
            return 2; // "PETA protested", "the ZPLA vowed": an acronym acting as a body
        }
        return next.shape == Token.Shape.LOWER && ORGANISATION_ACTS.contains(next.text) ? 2 : 0;
    }

    boolean afterThe(Candidate c) {
        return c.from > 0 && tokens.get(c.from - 1).text.equalsIgnoreCase("the");
    }

    boolean accordingTo(Candidate c) {
        return c.from > 1 && tokens.get(c.from - 1).is("to") && "according".equalsIgnoreCase(tokens.get(c.from - 2).text);
    }
}
