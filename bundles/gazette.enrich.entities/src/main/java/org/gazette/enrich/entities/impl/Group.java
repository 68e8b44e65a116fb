package org.gazette.enrich.entities.impl;

import java.util.ArrayList;
import java.util.List;

import org.gazette.api.model.EntityType;

/**
 * The mentions of one entity within a text: its type, canonical name and the names it was written with.
 */
final class Group {

    final EntityType type;
    /** The canonical name: from a gazetteer, else the longest name seen. */
    String canonical;
    /** Whether {@link #canonical} comes from a gazetteer (then it is never replaced). */
    final boolean fromGazetteer;
    final List<Candidate> members = new ArrayList<>();
    /** Set when the registry resolved this entity to one seen in other texts. */
    String registryId;

    Group(EntityType type, String canonical, boolean fromGazetteer) {
        this.type = type;
        this.canonical = canonical;
        this.fromGazetteer = fromGazetteer;
    }

    void add(Candidate c) {
        members.add(c);
        c.group = this;
        int words = nameWords(c.surface);
        int canonicalWords = nameWords(canonical);
        if (!fromGazetteer && !c.caseless && !c.roleAlone && (words > canonicalWords || words == canonicalWords
                && (shortForm(canonical, c.surface) || c.surface.length() < canonical.length() && !shortForm(c.surface, canonical)))) {
            canonical = c.surface;
        }
    }

    /** Moves every mention of another entity into this one, which leaves the other empty (to be removed). */
    void takeAll(Group other) {
        for (Candidate c : List.copyOf(other.members)) {
            add(c);
        }
        other.members.clear();
    }

    /** "Steve Marlow" for "Steven Marlow", "Main St." for "Main Street": the full form names the entity. */
    private boolean shortForm(String name, String full) {
        return type == EntityType.PERSON ? Names.shortGivenName(name, full)
                : type == EntityType.LOCATION && !Names.placeKey(name).equals(Names.key(name))
                        && Names.placeKey(full).equals(Names.key(full));
    }

    /** Words of a name, not counting initials and honours: "Donald J. Trump" and "Ann Lee FRS" have two, "Kim Jong Un" three. */
    private static int nameWords(String name) {
        int n = 0;
        for (String w : Names.withoutPostNominals(name).split(" ")) {
            if (!(w.length() <= 2 && w.endsWith(".")) && !w.isEmpty()) {
                n++;
            }
        }
        return n;
    }

    @Override
    public String toString() {
        return type + ":" + canonical + members;
    }
}
