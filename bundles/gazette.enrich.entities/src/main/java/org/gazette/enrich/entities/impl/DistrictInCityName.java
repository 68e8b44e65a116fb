package org.gazette.enrich.entities.impl;

import java.util.List;

import org.gazette.api.model.EntityType;

/**
 * "Washington, D.C." names the city and, after the comma, the district it lies in, as "Orlando, Fla."
 * names a city and a state; but the gazetteer holds the whole as one name (so it stays one place, not
 * the state of Washington and a "D.C."), and the district was lost. Its "D.C." (also "Washington D.C.",
 * "Washington DC") is added as a nested mention of the District of Columbia, an entity of its own,
 * as {@link NestedPlaces} adds places inside organisations. US news writes this name in datelines and
 * addresses often.
 */
final class DistrictInCityName {

    private static final String DISTRICT = "District of Columbia";

    private final List<Token> tokens;

    DistrictInCityName(List<Token> tokens) {
        this.tokens = tokens;
    }

    void add(List<Group> groups, AddedNames added) {
        for (Group g : List.copyOf(groups)) {
            if (g.type != EntityType.LOCATION) {
                continue;
            }
            for (Candidate c : List.copyOf(g.members)) {
                Token last = tokens.get(c.to - 1);
                if (c.length() >= 2 && tokens.get(c.from).is("Washington") && !last.caseless
                        && (last.is("D.C.") || last.is("DC"))) {
                    added.addNested(c.to - 1, c.to, EntityType.LOCATION, DISTRICT, 0.5);
                }
            }
        }
    }
}
