package org.gazette.enrich.entities.impl;

import java.util.List;

import org.gazette.api.model.EntityType;

/**
 * A group of islands is called by its name made plural: "the Quarrow Islands" and "the
 * Quarrows", as "the Falklands", "the Chathams". A place of one word that is the name before
 * "Islands" with an "s" joins the islands, when one such group is named in the text.
 */
final class IslandGroupShortNames {

    void join(List<Group> groups) {
        for (Group g : groups) {
            if (g.type != EntityType.LOCATION || g.fromGazetteer || g.members.isEmpty() || g.canonical.contains(" ")
                    || !g.canonical.endsWith("s") || g.canonical.length() < 4) {
                continue;
            }
            String stem = g.canonical.endsWith("ies") ? g.canonical.substring(0, g.canonical.length() - 3) + "y" // "the Canaries"
                    : g.canonical.substring(0, g.canonical.length() - 1);
            String name = stem + " Islands";
            Group islands = null;
            int found = 0;
            for (Group other : groups) {
                if (other != g && other.type == EntityType.LOCATION && !other.members.isEmpty()
                        && Names.key(other.canonical).equals(Names.key(name))) {
                    islands = other;
                    found++;
                }
            }
            if (found == 1) {
                islands.takeAll(g);
            }
        }
        groups.removeIf(g -> g.members.isEmpty());
    }
}
