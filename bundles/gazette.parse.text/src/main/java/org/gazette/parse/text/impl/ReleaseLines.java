package org.gazette.parse.text.impl;

import java.util.regex.Pattern;

/**
 * The conventions of press releases and wire copy that a plain-text layout must know: the label above
 * the headline ("FOR IMMEDIATE RELEASE", "Pressemitteilung", "Communiqué de presse"), which is no title;
 * the mark that ends the copy ("###", "-30-", "ENDS"), after which come contacts and notes for editors;
 * and the headings of what a release adds after its text ("Media contact:", "About Acme Corp",
 * "Notes to editors"), which end the body once most of it came before.
 */
final class ReleaseLines {

    private static final Pattern LABEL = Pattern.compile("(?iu)^(?:for immediate release|immediate release|press release|news release"
            + "|media release|for release (?:on|at|until|after)\\b.{0,60}|embargoed (?:until|till|to)\\b.{0,60}|embargo\\s*:.{0,60}|pressemitteilung|presseinformation|communiqué de presse"
            + "|comunicado de prensa|comunicato stampa|persbericht|comunicado de imprensa|informacja prasowa|пресс-релиз)\\s*[:.]?$");
    /** "###" (also spaced), "-30-", and "ENDS" in capitals, with or without dashes around it. */
    private static final Pattern END_MARK = Pattern.compile("^(?:#\\s*#\\s*#|-\\s*30\\s*-|[-\u2013\u2014]*\\s*ENDS\\s*[-\u2013\u2014]*)$");
    /** A contact heading, with the contact on the same line or not: "Media contact: Jane Doe, +1 555 0100". */
    private static final Pattern CONTACT_HEADING = Pattern.compile("(?iu)^(?:(?:media|press|news) (?:contacts?|enquiries|inquiries)"
            + "|contacts?|for (?:more|further) information(?:,? (?:please )?contact)?|notes? (?:to|for) editors|editor'?s notes?"
            + "|pressekontakt|kontakt|contacts? presse|contacto de prensa|contacto|contatto stampa|contatti|perscontact)\\s*(?::.*)?$");
    /**
     * The heading of the boilerplate about the company, alone on its line: "About Acme Corp", "Über Acme", "À propos d'Acme";
     * no comma and no sentence's end ("About Acme's new plant, the mayor said" opens a paragraph).
     */
    private static final Pattern ABOUT_HEADING = Pattern.compile("(?u)^(?:[Aa]bout (?:the )?|Über |À propos d[e']\\s?|Acerca de |Sobre "
            + "|Informazioni su |Over )\\p{Lu}[^.!?,]{0,60}$");
    /** A heading of a release's tail is shorter than this; a longer line is a paragraph that opens with the same words. */
    private static final int MAX_HEADING = 120;
    /** A wire service's tag at the end of a dateline, before its dash: "/PRNewswire/ --", "/CNW/ -", "/EINPresswire/ —". */
    private static final Pattern WIRE_TAG = Pattern.compile("/\\s*\\p{L}[\\p{L}\\s.-]{1,30}/\\s*(?:--|-|\u2013|\u2014)\\s");

    private ReleaseLines() {
    }

    /** @return whether the line labels a release ("FOR IMMEDIATE RELEASE", "Embargoed until 14 March 2025, 00:01 GMT") */
    static boolean isLabel(String line) {
        return line.length() < MAX_HEADING && LABEL.matcher(line).matches();
    }

    /** @return whether the line marks the end of the copy ("###", "-30-", "- ENDS -") */
    static boolean isEndMark(String line) {
        return line.length() < 20 && END_MARK.matcher(line).matches();
    }

    /** @return whether the line heads what a release adds after its text ("Media contact:", "About Acme Corp", "Notes to editors") */
    static boolean isTailHeading(String line) {
        return line.length() < MAX_HEADING && (CONTACT_HEADING.matcher(line).matches() || ABOUT_HEADING.matcher(line).matches());
    }

    /** @return whether the paragraph opens with a wire service's dateline tag ("PORT ALDWIN, March 14, 2025 /PRNewswire/ --") */
    static boolean hasWireTag(String paragraph) {
        return WIRE_TAG.matcher(paragraph.substring(0, Math.min(paragraph.length(), 160))).find();
    }
}
