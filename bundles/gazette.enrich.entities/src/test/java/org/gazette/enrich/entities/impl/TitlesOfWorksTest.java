package org.gazette.enrich.entities.impl;

import static org.gazette.api.model.EntityType.LOCATION;
import static org.gazette.api.model.EntityType.PERSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/** {@link TitlesOfWorks}: titles of films, series, books and the like are no names. */
class TitlesOfWorksTest {

    @Test
    void aTitleAfterANounOfWorksIsNoNameAnywhereInTheText() {
        Tagged t = new Tagged("The series Velmont Abbey ended in 2015. Critics said Velmont Abbey had lost its way.", null);
        assertFalse(t.tagged("Velmont Abbey", 0));
        assertFalse(t.tagged("Velmont Abbey", 1));
    }

    @Test
    void theShortFormOfATitleIsNoNameEither() {
        Tagged t = new Tagged("He praised the anime Ghost in the Shell. Later Ghost said something to everyone, and Ghost in the Shell won.", null);
        assertFalse(t.tagged("Ghost", 0));
        assertFalse(t.tagged("Ghost", 1));
        assertFalse(t.tagged("Shell", 1));
    }

    @Test
    void aTitleAfterStarredInOrDescribedAsAWorkIsNoName() {
        Tagged t = new Tagged("Ana Ruiz starred in Cry Wolf, a horror film, and had a role in the thriller Flight of the Phoenix.", null);
        assertEquals(PERSON, t.mention("Ana Ruiz").type);
        assertFalse(t.tagged("Cry Wolf", 0));
        assertFalse(t.tagged("Phoenix", 0));
        Tagged described = new Tagged("Readers agree that Tarrow of Kings is more than just a television series.", null);
        assertFalse(described.tagged("Kings", 0));
    }

    @Test
    void titlesListedWithTheirYearsAreNoNames() {
        Tagged t = new Tagged("She acted in The Lookout Tower (2010), Belle (2013) and Corran Heights (2014).", null);
        assertFalse(t.tagged("Belle", 0));
        assertFalse(t.tagged("Corran Heights", 0));
    }

    @Test
    void aPlaceNamedInATitleAndPeopleWithDatesStay() {
        Tagged t = new Tagged("He appeared in the comedy New York Minute. Jane Doe (1890-1950) was a painter in Boston.", null);
        assertEquals(LOCATION, t.mention("New York").type);
        assertEquals(PERSON, t.mention("Jane Doe").type);
        Tagged critic = new Tagged("Her classmate, Kaho Tanabe, who wrote a novel, and Ann Lee, a film director, met. "
                + "A friend, Koru Tanabe, wrote a novel.", null);
        assertEquals(PERSON, critic.mention("Koru Tanabe").type);
        assertEquals(PERSON, critic.mention("Kaho Tanabe").type);
        assertEquals(PERSON, critic.mention("Ann Lee").type);
    }
}
