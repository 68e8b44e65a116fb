package org.gazette.enrich.entities.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.gazette.api.model.EntityType;
import org.junit.jupiter.api.Test;

/** Dates against a Thursday publication date, 2024-05-16. */
class DatesTest {

    private static final String PUBLISHED = "2024-05-16";

    private static String value(String text, String surface) {
        Tagged t = new Tagged(text, PUBLISHED);
        assertEquals(EntityType.DATE, t.mention(surface).type);
        return t.mention(surface).value;
    }

    @Test
    void writtenDates() {
        assertEquals("2007-10-21", value("It happened on October 21, 2007, at night.", "October 21, 2007"));
        assertEquals("2007-10-21", value("It happened on 21 October 2007 at night.", "21 October 2007"));
        assertEquals("2024-12-16", value("We met on the 16th of December.", "16th of December"));
        assertEquals("2011-08", value("Prices fell in August 2011.", "August 2011"));
        assertEquals("2024-03-03", value("Talks began on Sept. 3 and March 3.", "March 3"));
        assertEquals("2024-09-03", value("Talks began on Sept. 3 and March 3.", "Sept. 3"));
        assertEquals("2024-03", value("Prices fell in March.", "March"));
        assertEquals("1998", value("He was born in 1998 in Lyon.", "1998"));
        assertEquals("2007-10-21", value("Filed 2007-10-21 by the clerk.", "2007-10-21"));
        assertEquals("2007-10-21", value("Filed 10/21/2007 by the clerk.", "10/21/2007"));
        assertEquals("2024-05-14", value("On Tuesday, May 14, 2024, rain fell.", "Tuesday, May 14, 2024"));
    }

    @Test
    void relativeDatesResolveAgainstPublication() {
        assertEquals("2024-05-15", value("The minister resigned on Wednesday.", "Wednesday"));
        assertEquals("2024-05-16", value("The minister resigned on Thursday.", "Thursday"));
        assertEquals("2024-05-20", value("The minister will resign on Monday.", "Monday"));
        assertEquals("2024-05-10", value("He left last Friday.", "last Friday"));
        assertEquals("2024-05-21", value("He leaves next Tuesday.", "next Tuesday"));
        assertEquals("2023", value("Sales fell last year.", "last year"));
        assertEquals("2024", value("Sales fell this year.", "this year"));
        assertEquals("2024-04", value("Sales fell last month.", "last month"));
        assertEquals("2024-W19", value("Sales fell last week.", "last week"));
        assertEquals("2024-05-15", value("He spoke yesterday.", "yesterday"));
        assertEquals("2024-05-17", value("He speaks tomorrow.", "tomorrow"));
        assertEquals("2024-05-16", value("He speaks today.", "today"));
        assertEquals("2024-05-13", value("He spoke three days ago.", "three days ago"));
        assertEquals("2021", value("He moved 3 years ago.", "3 years ago"));
    }

    @Test
    void aFutureWordInThePastOrAsACauseLeavesTheWeekdayInThePast() {
        assertEquals("2024-05-13", value("A vote was scheduled on Monday, and it passed.", "Monday"));
        assertEquals("2024-05-13", value("A show on Monday looked at floods due to the heavy rain.", "Monday"));
        assertEquals("2024-05-20", value("A vote is scheduled on Monday.", "Monday"));
        assertEquals("2024-05-20", value("The report is due to reach ministers on Monday.", "Monday"));
    }

    @Test
    void withoutPublicationDateRelativeDatesHaveNoValue() {
        Tagged t = new Tagged("He spoke on Wednesday and again on October 21, 2007.", null);
        assertNull(t.mention("Wednesday").value);
        assertEquals("2007-10-21", t.mention("October 21, 2007").value);
    }

    @Test
    void numbersThatAreNotYears() {
        Tagged t = new Tagged("About 2000 people and 1500 troops came; the $2019 fee was paid.", PUBLISHED);
        assertEquals(0, t.tagging.mentions().stream().filter(m -> m.type == EntityType.DATE).count(), t.describe());
    }

    @Test
    void aDateWithoutYearTakesTheYearWrittenJustBefore() {
        Tagged t = new Tagged("Galois was arrested in 1831. On July 14 he was tried again, and in October he was "
                + "moved to another prison. He was free by the 29th of April.", PUBLISHED);
        assertEquals("1831", t.mention("1831").value);
        assertEquals("1831-07-14", t.mention("July 14").value);
        assertEquals("1831-10", t.mention("October").value);
        assertEquals("1831-04-29", t.mention("29th of April").value);
        assertEquals("1976-09", value("He would have been released in September of 1976 at the latest.", "September of 1976"));
        assertEquals("2024-03", value("Prices fell in March, more than in 1990.", "March"), "a year after it does not count");
    }

    @Test
    void monthRanges() {
        assertEquals("2011-03", value("Households used less power from March to August 2011.", "March"));
        assertEquals("--06", value("Humpback whales visit between June and November.", "June"));
        assertEquals("--11", value("Humpback whales visit between June and November.", "November"));
    }
}
