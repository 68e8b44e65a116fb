package org.gazette.enrich.entities.impl;

import java.util.List;
import java.util.Locale;

/**
 * An acronym the gazetteer knows names the organisation the text defines it for, when the text
 * writes it in brackets right after a name whose initials it spells: "the Australian Broadcasting
 * Corporation (ABC)" makes that "ABC" and every later one the Australian broadcaster, not the
 * gazetteer's American network; "the Quarrow Bar Association (ABA)" does not spell its initials and
 * leaves "ABA" to the gazetteer. News defines an acronym this way when it is not the one readers
 * know.
 */
final class DefinedAcronymsOverKnown {

    private final List<Token> tokens;
    private final ParenthesisedAcronyms acronyms;

    DefinedAcronymsOverKnown(List<Token> tokens) {
        this.tokens = tokens;
        this.acronyms = new ParenthesisedAcronyms(tokens);
    }

    /**
     * @param c a gazetteer acronym, in text order
     * @param organisations the organisations named before it
     * @return whether it joined the organisation the text defined it for
     */
    boolean join(Candidate c, List<Group> organisations) {
        if (c.known == null || c.length() != 1 || tokens.get(c.from).shape != Token.Shape.UPPER) {
            return false;
        }
        Group defined = acronyms.organisationOf(c, organisations);
        if (defined == null || Names.key(defined.canonical).equals(Names.key(c.known.canonical()))
                || !OrganisationJoins.initials(defined.canonical).equals(c.surface.toLowerCase(Locale.ROOT))) {
            return false;
        }
        ParenthesisedAcronyms.join(c, defined);
        return true;
    }
}
