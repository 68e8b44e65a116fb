package org.gazette.enrich.entities.impl;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.gazette.api.model.EntityType;

/**
 * An organisation named by the first words of another organisation's longer name is that
 * organisation when the longer name adds one word: "Major League" and "Major League Baseball",
 * "the School of Open" and "the School of Open Africa"; not when the added word makes another body
 * ("Acme Foundation", "Senate Finance Committee"). Only names of two words or more not from the
 * gazetteer, and only when one organisation in the text has a name that extends it so.
 */
final class OrganisationNamePrefixes {

    /** Last words that make another body of the organisation: "the Acme Foundation", "the Senate Committee". */
    private static final Set<String> OTHER_BODY = Set.of("foundation", "group", "holdings", "company", "committee",
            "subcommittee", "commission", "fund", "trust");

    void join(List<Group> groups) {
        for (Group g : groups) {
            if (g.type != EntityType.ORGANIZATION || g.fromGazetteer || g.members.isEmpty()) {
                continue;
            }
            String name = Names.key(g.canonical);
            if (Names.words(name) < 2) {
                continue;
            }
            Group target = null;
            int found = 0;
            for (Group other : groups) {
                if (other == g || other.type != EntityType.ORGANIZATION || other.members.isEmpty()) {
                    continue;
                }
                String longer = Names.key(other.canonical);
                if (longer.startsWith(name + " ") && Names.words(longer) == Names.words(name) + 1
                        && !OTHER_BODY.contains(longer.substring(longer.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT))) {
                    target = other;
                    found++;
                }
            }
            if (found != 1) {
                continue;
            }
            target.takeAll(g);
        }
        groups.removeIf(g -> g.members.isEmpty());
    }
}
