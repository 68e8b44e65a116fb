package org.gazette.parse.text.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.gazette.api.model.Article;
import org.gazette.api.model.Document;
import org.gazette.api.model.SourceItem;
import org.junit.jupiter.api.Test;

/** Press releases (label, dateline, end mark, contacts), mailings saved as text (header block, browser link, footer notice) and tag lines. */
class ReleasesAndMailingsTest {

    private final TextParser parser = new TextParser(TextParserTest.config("10MB"));

    private Article parse(String text) {
        Document d = new Document();
        d.url = "file:///drop/release.txt";
        d.mediaType = "text/plain";
        d.headers = Map.of();
        d.content = text.getBytes(StandardCharsets.UTF_8);
        d.item = new SourceItem();
        return parser.parse(d);
    }

    private static final String RELEASE = """
            FOR IMMEDIATE RELEASE

            Harbour Authority Opens New Cruise Terminal

            PORT ALDWIN, Maine, March 14, 2025 /PRNewswire/ -- The Port Aldwin Harbour Authority today opened
            its new cruise terminal, which can handle two large ships at once.

            "This terminal puts Port Aldwin on the map for cruise lines," said harbour master Ruth Amani.

            The terminal cost $48 million and was finished three months ahead of schedule, the authority said.

            About the Port Aldwin Harbour Authority
            The authority runs the town's commercial port, marina and ferry terminal.

            Media Contact:
            Jane Doe, +1 555 0100, press@portaldwin-harbour.example

            ###

            Photos are available on request.
            """;

    @Test
    void aPressReleaseGivesItsHeadlineItsDatelinesDateAndItsCopyAlone() {
        Article a = parse(RELEASE);
        assertEquals("Harbour Authority Opens New Cruise Terminal", a.title);
        assertEquals("first line", a.provenance.get("title"));
        assertEquals("2025-03-14", a.published);
        assertEquals("dateline", a.provenance.get("published"));
        assertEquals("PORT ALDWIN, Maine, March 14, 2025 /PRNewswire/ -- The Port Aldwin Harbour Authority today opened its new cruise"
                + " terminal, which can handle two large ships at once.\n\n"
                + "\"This terminal puts Port Aldwin on the map for cruise lines,\" said harbour master Ruth Amani.\n\n"
                + "The terminal cost $48 million and was finished three months ahead of schedule, the authority said.", a.text);
    }

    @Test
    void anArticleIsNoReleaseItsAboutParagraphStays() {
        Article a = parse("""
                Ferry fares frozen for a year

                The island ferry will keep its fares until next spring, the operator said on Friday.

                About the timetable
                Boats leave every hour from six in the morning, as before.
                """);
        assertEquals("The island ferry will keep its fares until next spring, the operator said on Friday.\n\n"
                + "About the timetable Boats leave every hour from six in the morning, as before.", a.text);
    }

    @Test
    void aMailingGivesItsSubjectSenderAndDateAndLeavesItsChromeOut() {
        Article a = parse("""
                Subject: Morning Briefing: council approves pier rebuild
                From: "The Harbor Times" <newsletters@harbortimes.example>
                Date: Fri, 14 Mar 2025 06:00:00 -0400
                To: reader@example.org

                View this email in your browser

                Good morning. The City Council approved a plan to rebuild three aging piers on Friday, ending years
                of debate over how to pay for the work.

                The vote was 38 to 9. Construction is expected to begin next year.

                You received this email because you signed up for Morning Briefing.
                Unsubscribe | Manage preferences | Privacy policy
                The Harbor Times, 1 Pier Street, Port Aldwin
                """);
        assertEquals("Morning Briefing: council approves pier rebuild", a.title);
        assertEquals("mail header", a.provenance.get("title"));
        assertEquals("2025-03-14T06:00:00-04:00", a.published);
        assertEquals("The Harbor Times", a.siteName);
        assertEquals("Good morning. The City Council approved a plan to rebuild three aging piers on Friday, ending years of debate"
                + " over how to pay for the work.\n\nThe vote was 38 to 9. Construction is expected to begin next year.", a.text);
    }

    @Test
    void labelsLinesInTheTextAreNoMailHeaders() {
        Article a = parse("""
                Opening hours

                Monday: closed
                Tuesday: 10 to 6
                """);
        assertEquals("Opening hours", a.title);
        assertNull(a.siteName);
    }

    @Test
    void releaseConventions() {
        assertTrue(ReleaseLines.isLabel("Embargoed until 00:01 GMT, 14 March 2025"));
        assertTrue(ReleaseLines.isLabel("Communiqué de presse"));
        assertTrue(ReleaseLines.isEndMark("# # #"));
        assertTrue(ReleaseLines.isEndMark("- ENDS -"));
        assertTrue(ReleaseLines.isEndMark("-30-"));
        assertFalse(ReleaseLines.isEndMark("Ends"));
        assertTrue(ReleaseLines.isTailHeading("Pressekontakt:"));
        assertTrue(ReleaseLines.isTailHeading("Über Hafen Aldwin GmbH"));
        assertFalse(ReleaseLines.isTailHeading("About 40 people came to the opening."));
        assertEquals("2025-03-14", Datelines.date("BERLIN, 14. März 2025 (dpa) - Der Hafen öffnet ein neues Terminal."));
        assertNull(Datelines.date("LONDON, March 14 (Reuters) - Grain prices rose."), "a dateline without its year");
        assertNull(Datelines.date("The terminal opened on March 14, 2025 - a day early."));
    }

    @Test
    void aTagLineGivesTheTags() {
        Article a = parse("Ferry fares frozen\n\nThe island ferry will keep its fares until next spring.\n\nTags: ferries, #fares; island\n");
        assertEquals(java.util.List.of("ferries", "fares", "island"), a.tags);
        assertEquals("tag line", a.provenance.get("tags"));
        assertEquals("The island ferry will keep its fares until next spring.", a.text);
    }
}
