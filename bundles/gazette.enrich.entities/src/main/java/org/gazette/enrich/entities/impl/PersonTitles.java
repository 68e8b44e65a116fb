package org.gazette.enrich.entities.impl;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.gazette.api.model.EntityType;

/**
 * What the title before a person's name says about grouping, for {@link Resolver} and
 * {@link PersonGroups}: titles of different gender keep a surname's persons apart ("Mr. Smith" and
 * "Mrs. Smith" are two people), and a surname written as its initial after a title ("Mrs. P") is the
 * person named with that title and a surname of that initial ("Mrs. Phillips").
 */
final class PersonTitles {

    private static final Set<String> MALE = Set.of("mr", "mister", "sir", "lord", "monsieur", "m", "herr", "senor", "señor",
            "signor", "signore", "don", "king", "prince", "duke", "earl", "baron", "count", "brother", "father", "uncle");
    private static final Set<String> FEMALE = Set.of("mrs", "ms", "miss", "missus", "madam", "madame", "mme", "mlle",
            "mademoiselle", "dame", "lady", "frau", "fraulein", "señora", "senora", "señorita", "senorita", "signora", "doña",
            "dona", "queen", "princess", "duchess", "countess", "baroness", "sister", "mother", "aunt");

    private PersonTitles() {
    }

    private static final Set<String> ACADEMIC = Set.of("dr", "doctor", "prof", "professor");
    private static final Set<String> COURTESY = Set.of("mr", "mister", "mrs", "ms", "miss", "missus");

    /** @return "m" or "f" for a title of that gender ("Mr.", "Mrs."), "d" for a doctor's or professor's, else {@code null} */
    static String gender(String role) {
        if (role == null) {
            return null;
        }
        String title = role.replace(".", "").toLowerCase(Locale.ROOT);
        return MALE.contains(title) ? "m" : FEMALE.contains(title) ? "f" : ACADEMIC.contains(title) ? "d" : null;
    }

    /** @return whether the two titles name different people: of different gender, or "Dr." and "Mr." */
    private static boolean differ(String role, String other) {
        String a = gender(role);
        String b = gender(other);
        if (a == null || b == null || a.equals(b)) {
            return false;
        }
        if (a.equals("d") || b.equals("d")) {
            String courtesy = (a.equals("d") ? other : role).replace(".", "").toLowerCase(Locale.ROOT);
            return COURTESY.contains(courtesy);
        }
        return true;
    }

    /** @return whether the mention has a title of one gender and the person was named with a title of the other */
    static boolean conflict(Candidate c, Group g) {
        if (gender(c.role) == null) {
            return false;
        }
        for (Candidate m : g.members) {
            if (!m.roleAlone && differ(c.role, m.role)) {
                return true;
            }
        }
        return false;
    }

    /** @return the name with its title before it, capitalised: "Mrs. Claus" */
    static String titled(Candidate c) {
        return Character.toUpperCase(c.role.charAt(0)) + c.role.substring(1) + " " + c.surface;
    }

    /**
     * @return the one person named with the same title and a surname starting with the initial the
     *         mention is written with ("Mrs. P" after "Mrs. Phillips"), or {@code null}
     */
    static Group initialled(Candidate c, List<Group> groups) {
        if (c.role == null || c.roleAlone || !c.surface.matches("\\p{Lu}\\.?")) {
            return null;
        }
        char initial = c.surface.charAt(0);
        Group found = null;
        for (Group g : groups) {
            if (g.type != EntityType.PERSON || g.members.isEmpty()) {
                continue;
            }
            String[] words = Names.withoutPostNominals(g.canonical).split(" ");
            String last = words[words.length - 1];
            if (last.length() < 2 || last.charAt(0) != initial || !namedWith(g, c.role)) {
                continue;
            }
            if (found != null && found != g) {
                return null; // "Mrs. P" with both Mrs. Phillips and Mrs. Porter: no telling which
            }
            found = g;
        }
        return found;
    }

    /** Joins a surname's initial to its person without making the initial its canonical name. */
    static void joinInitial(Candidate c, Group g) {
        String canonical = g.canonical;
        g.add(c);
        g.canonical = canonical;
    }

    private static boolean namedWith(Group g, String role) {
        for (Candidate m : g.members) {
            if (role.equals(m.role) && !m.roleAlone) {
                return true;
            }
        }
        return false;
    }
}
