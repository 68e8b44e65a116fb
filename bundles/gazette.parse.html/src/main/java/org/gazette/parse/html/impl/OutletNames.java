package org.gazette.parse.html.impl;

import java.util.ArrayList;
import java.util.List;

/**
 * The outlet's own name among the authors: bylines and author fields that add the outlet after the
 * writer ("Por Mariana Souza, Jornal da Serra — Nova Esperança", as Brazilian portals sign; "Jane Doe
 * and John Roe, The Valley Courier", as news networks fill the JSON-LD field) name the people, not
 * the outlet, as authors. A name is dropped only beside a person, so that a site that credits itself
 * alone keeps its credit for {@link Authors} to weigh.
 */
final class OutletNames {

    private OutletNames() {
    }

    /**
     * @return the authors without the site's own name when a person is named beside it: bylines that add
     *         the outlet after the writer ("Por Mariana Souza, Jornal da Serra — Nova Esperança", as Brazilian
     *         portals sign) name one author, not two
     */
    static Pick<List<String>> withoutSiteBesidePerson(Pick<List<String>> found, String siteName) {
        if (found == null) {
            return null;
        }
        List<String> people = withoutOutlets(found.value(), siteName);
        return people == found.value() ? found : new Pick<>(people, found.from());
    }

    /**
     * @param names authors as a byline or the metadata gives them
     * @param outlets the names of the outlet (the site name, the JSON-LD publisher); {@code null}s are skipped
     * @return the names without those of the outlet when a person is named beside it ("Jane Doe and John Roe, The
     *         Valley Courier", as news networks fill the author field); {@code names} itself when nothing goes
     */
    static List<String> withoutOutlets(List<String> names, String... outlets) {
        if (names.size() < 2) {
            return names;
        }
        List<String> people = new ArrayList<>(names);
        for (String outlet : outlets) {
            if (outlet != null) {
                String key = Text.key(outlet);
                people.removeIf(name -> Text.key(name).equals(key));
            }
        }
        return people.isEmpty() || people.size() == names.size() ? names : people;
    }
}
