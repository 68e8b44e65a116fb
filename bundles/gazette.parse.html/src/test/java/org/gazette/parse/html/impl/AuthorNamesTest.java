package org.gazette.parse.html.impl;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class AuthorNamesTest {

    private static Blocks.Block paragraph(String text) {
        return new Blocks.Block(text, new Element("p"), 0, false, false);
    }

    @Test
    void aBareNameIsAnAuthorsWhateverItsCase() {
        AuthorNames names = new AuthorNames(List.of("Lauren  Ortega"));
        assertTrue(names.isName("LAUREN ORTEGA"));
        assertFalse(names.isName("Lauren Ortega, Editor"));
        assertFalse(new AuthorNames(null).isName("Lauren Ortega"));
    }

    @Test
    void aBioOpensWithTheFullNameOrTheFirstNameAndALowerCaseWord() {
        AuthorNames names = new AuthorNames(List.of("Lauren Ortega"));
        assertTrue(names.opensBio(paragraph("Lauren Ortega is a garden writer who has tested tools for twelve years in her own beds.")));
        assertTrue(names.opensBio(paragraph("Lauren has written about gardens for magazines and newspapers since the spring of 2011.")));
        assertFalse(names.opensBio(paragraph("Laurence Street floods every winter, and the council has promised a new drain by the end of May.")));
    }

    @Test
    void aBrandOrATeamIsNoFirstName() {
        assertFalse(new AuthorNames(List.of("QCY Official")).opensBio(
                paragraph("QCY is already embracing many of these trends in its newest earbuds, due in the shops next year.")));
        assertFalse(new AuthorNames(List.of("The Garden Team")).opensBio(
                paragraph("The garden needs water twice a week in summer, more often in sandy soil that dries out quickly.")));
    }

    @Test
    void aShortLineOrAHeadingOpensNoBio() {
        AuthorNames names = new AuthorNames(List.of("Lauren Ortega"));
        assertFalse(names.opensBio(paragraph("Lauren Ortega writes")));
        assertFalse(names.opensBio(new Blocks.Block("Lauren Ortega is a garden writer who has tested tools for twelve years.",
                new Element("h2"), 0, true, false)));
    }
}
