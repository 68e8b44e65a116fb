package org.gazette.enrich.entities.impl;

import java.util.List;
import java.util.Map;

import org.gazette.api.model.EntityType;

/** An office beside a person's name, set off by a comma, joins that person ({@link #join}). */
final class OfficesBesideNames {

    private final List<Token> tokens;
    private final Cues cues;

    OfficesBesideNames(List<Token> tokens, Cues cues) {
        this.tokens = tokens;
        this.cues = cues;
    }

    /**
     * An office set off by a comma beside a person's name is that person: "Ann Lee, President of
     * Acme, said", "the Governor of Virginia, Sam Ortiz".
     */
    void join(List<Group> groups, Map<Integer, Candidate> byFirst, Map<Integer, Candidate> byLast) {
        for (Group g : groups) {
            if (g.type != EntityType.PERSON) {
                continue;
            }
            for (Candidate c : List.copyOf(g.members)) {
                if (!c.roleAlone || c.length() < 3 || !cues.hasOf(c)) {
                    continue; // an office ("President of Acme"), not an address ("Mr. Chief Justice")
                }
                int at = c.from > 0 && tokens.get(c.from - 1).text.matches("\\d{1,2}(st|nd|rd|th)") ? c.from - 1 : c.from; // ", 2nd Earl of"
                Candidate name = at >= 2 && tokens.get(at - 1).isPunct(',') ? byLast.get(at - 2) : null;
                if (name == null || name.type != EntityType.PERSON || name.roleAlone || name.group == null) {
                    name = c.to + 1 < tokens.size() && tokens.get(c.to).isPunct(',') ? byFirst.get(c.to + 1) : null;
                }
                if (name != null && name.type == EntityType.PERSON && !name.roleAlone && name.group != null
                        && name.group != g) {
                    g.members.remove(c);
                    name.group.add(c);
                }
            }
        }
    }
}
