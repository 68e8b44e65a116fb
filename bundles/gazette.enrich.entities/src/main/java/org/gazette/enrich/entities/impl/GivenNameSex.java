package org.gazette.enrich.entities.impl;

import org.gazette.api.model.EntityType;

/**
 * A name alone with a title of one sex does not join a person whose given name is borne by the
 * other sex only: "Mrs. Trump" is not "Donald Trump", "Mr. Obama" not "Michelle Obama". The sex of
 * given names comes from {@code given-names-by-sex.txt}; names borne by both sexes ("Leslie") or not
 * listed decide nothing, and neither do titles without a sex ("Dr.", "President").
 */
final class GivenNameSex {

    private final Lexicon lexicon;

    GivenNameSex(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** @return whether the mention's title and the person's given name are of different sexes */
    boolean conflict(Candidate c, Group g) {
        String title = PersonTitles.gender(c.role);
        if (g.type != EntityType.PERSON || title == null || title.equals("d") || c.roleAlone) {
            return false;
        }
        String[] words = Names.withoutPostNominals(g.canonical).split(" ");
        if (words.length < 2) {
            return false;
        }
        char sex = lexicon.givenNameSex(words[0]);
        return sex == 'F' && title.equals("m") || sex == 'M' && title.equals("f");
    }
}
