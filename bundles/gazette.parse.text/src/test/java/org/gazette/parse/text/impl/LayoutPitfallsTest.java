package org.gazette.parse.text.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Ordinary texts that look like a release's, a mailing's or Markdown's conventions in one detail, and must not be read as them. */
class LayoutPitfallsTest {

    @Test
    void anEndMarkEndsTheCopyAlsoInALabelledRelease() {
        PlainTextLayout.Layout hashes = PlainTextLayout.read("Harbour terminal opens\n\nThe terminal opened today.\n\nIt cost $48 million.\n\n###\n\n"
                + "Photos are available on request from the press office.\n");
        assertEquals(List.of("The terminal opened today.", "It cost $48 million."), hashes.paragraphs());
        PlainTextLayout.Layout thirty = PlainTextLayout.read("FOR IMMEDIATE RELEASE\n\nHarbour terminal opens\n\nThe terminal opened today.\n\n"
                + "It cost $48 million.\n\n-30-\n\nPhotos are available on request from the press office.\n");
        assertEquals(List.of("The terminal opened today.", "It cost $48 million."), thirty.paragraphs());
    }

    @Test
    void aHeadlineThatOpensWithEmbargoedIsATitle() {
        PlainTextLayout.Layout layout = PlainTextLayout.read("Embargoed tanker seized off the coast\n\nCoastguards boarded the tanker at dawn.\n");
        assertEquals("Embargoed tanker seized off the coast", layout.title());
    }

    @Test
    void aWrappedSentenceThatGoesOnWithADashOrANumberStaysOneParagraph() {
        PlainTextLayout.Layout layout = PlainTextLayout.read("Fares\n\nPrices will rise again next year\n- and nobody at the company would say by how much.\n\n"
                + "Crossings fell from 14 in 2023 to\n9. That is the lowest since the war.\n");
        assertEquals(List.of("Prices will rise again next year - and nobody at the company would say by how much.",
                "Crossings fell from 14 in 2023 to 9. That is the lowest since the war."), layout.paragraphs());
    }

    @Test
    void frenchAndItalianMailHeadersAreRead() {
        assertEquals("Bulletin du matin", MailHeaders.read(new String[] {"De : Le Courrier <lettre@courrier.example>",
            "Envoyé : vendredi 14 mars 2025 06:00", "À : lecteur@example.org", "Objet : Bulletin du matin", ""}).subject());
        assertEquals("Notizie del mattino", MailHeaders.read(new String[] {"Da: Il Corriere <news@corriere.example>",
            "A: lettore@example.org", "Oggetto: Notizie del mattino", ""}).subject());
    }

    @Test
    void aParagraphThatOpensWithAboutOrASentenceWithADatelinesShapeIsNeither() {
        PlainTextLayout.Layout layout = PlainTextLayout.read("FOR IMMEDIATE RELEASE\n\nAcme opens plant\n\nAcme opened its plant today in Port Aldwin,"
                + " the company said, and hired 200 people from the town and the villages around it.\n\n"
                + "About Acme's new plant the mayor said it would bring\nhundreds of jobs to the town.\n\nThe plant makes ferry parts.\n");
        assertEquals(3, layout.paragraphs().size());
        assertNull(Datelines.date("In Port Aldwin, 14 March 2019 - the night of the great storm - is remembered by everyone."));
        assertNotNull(Datelines.date("PORT ALDWIN, Maine, March 14, 2025 /PRNewswire/ -- The authority opened a terminal."));
    }

    @Test
    void aWrappedPriceTagIsNoTagLineAndAShareBarIsNoTag() {
        assertEquals(List.of(), PlainTextLayout.read("Stadium\n\nThe new roof carries a hefty price\ntag: 48 million euros, paid by the state.\n").tags());
        assertEquals(List.of("ferries", "fares"), PlainTextLayout.read("Fares\n\nFares rise.\n\nTags: ferries, fares | Share: Facebook\n").tags());
    }

    @Test
    void markdownLinksWithParenthesesAndNamesWithUnderscoresReadRight() {
        assertEquals("see the ferry article", MarkdownMarks.strip("see the [ferry article](https://wiki.example/Ferry_(boat))"));
        assertEquals("call __init__ first", MarkdownMarks.strip("call __init__ first"));
    }
}
