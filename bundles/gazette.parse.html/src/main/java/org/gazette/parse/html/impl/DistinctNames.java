package org.gazette.parse.html.impl;

import java.util.List;

/**
 * Gathers authors' names without one twice: sources repeat a name, in other case too ("Jane Doe",
 * "JANE DOE" in a byline printed in capitals), and the first spelling met is the one kept. Shared by
 * the author sources ({@link Authors}, {@link BylineElements}, {@link DeclaredAuthors}).
 */
final class DistinctNames {

    private DistinctNames() {
    }

    /** Adds to {@code names} each of {@code more} that it does not hold yet, ignoring case. */
    static void addAll(List<String> names, List<String> more) {
        for (String name : more) {
            if (names.stream().noneMatch(name::equalsIgnoreCase)) {
                names.add(name);
            }
        }
    }
}
