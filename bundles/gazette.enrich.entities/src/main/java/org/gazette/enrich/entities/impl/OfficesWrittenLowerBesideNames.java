package org.gazette.enrich.entities.impl;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.gazette.api.model.EntityType;

/**
 * An office with "of" written alone as a name ("Wikinews interviews President of the Quarrow Guild
 * of Weavers", a headline) that joined no holder is the one person the text sets the same office
 * beside, after a comma, in lower case ("Ann Lee, president of the Quarrow Guild of Weavers, said"):
 * news writes an office in lower case after a name, and with capitals alone. The words must be the
 * same but for case; with two such persons nothing is joined.
 */
final class OfficesWrittenLowerBesideNames {

    private final List<Token> tokens;

    OfficesWrittenLowerBesideNames(List<Token> tokens) {
        this.tokens = tokens;
    }

    void join(List<Group> groups) {
        Map<Integer, Candidate> personByLast = new HashMap<>();
        for (Group g : groups) {
            if (g.type == EntityType.PERSON) {
                for (Candidate c : g.members) {
                    if (!c.roleAlone) {
                        personByLast.put(c.to - 1, c);
                    }
                }
            }
        }
        for (Group g : List.copyOf(groups)) {
            if (g.type != EntityType.PERSON || g.members.stream().anyMatch(m -> !m.roleAlone)) {
                continue;
            }
            for (Candidate c : List.copyOf(g.members)) {
                if (!c.roleAlone || c.length() < 3 || !hasOf(c)) {
                    continue;
                }
                Group holder = holder(c, personByLast);
                if (holder != null && holder != g) {
                    g.members.remove(c);
                    holder.add(c);
                }
            }
        }
        groups.removeIf(g -> g.members.isEmpty());
    }

    /** @return the one person named before a comma and the office in lower case, or {@code null} */
    private Group holder(Candidate office, Map<Integer, Candidate> personByLast) {
        Group found = null;
        int n = office.length();
        for (int k = 2; k + n <= tokens.size(); k++) {
            if (tokens.get(k).shape != Token.Shape.LOWER || !tokens.get(k - 1).isPunct(',') || !sameWords(office, k)) {
                continue;
            }
            Candidate name = personByLast.get(k - 2);
            if (name == null || name.group == null) {
                continue;
            }
            if (found != null && found != name.group) {
                return null;
            }
            found = name.group;
        }
        return found;
    }

    private boolean sameWords(Candidate office, int at) {
        for (int j = 0; j < office.length(); j++) {
            if (!tokens.get(office.from + j).text.toLowerCase(Locale.ROOT).equals(tokens.get(at + j).text.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    private boolean hasOf(Candidate c) {
        for (int k = c.from + 1; k < c.to; k++) {
            if (tokens.get(k).is("of")) {
                return true;
            }
        }
        return false;
    }
}
