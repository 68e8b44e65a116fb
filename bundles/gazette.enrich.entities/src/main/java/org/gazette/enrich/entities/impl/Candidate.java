package org.gazette.enrich.entities.impl;

import org.gazette.api.model.EntityType;

/**
 * A span of tokens that may name a person, organisation or place, with the evidence found for it.
 * Mutable while one text is tagged; never shared between texts.
 */
final class Candidate {

    /** First token (inclusive) and last token (exclusive). */
    final int from;
    final int to;
    /** First token of the mention written out: {@link #from}, or the capitalised title before the name ("President" in "President Mara Okafor"). */
    int spanFrom;
    /** The span's text, whitespace collapsed. */
    final String surface;
    /** What a gazetteer says the whole span names, or {@code null}. */
    final Known known;
    /**
     * A title, honorific or role stands before it ("President", "Mr.", "spokesperson"), or other
     * local person evidence: a citation ("Moretti, 2013"), a court case ("Lynch v. Overholser"), a
     * letter's salutation or signature.
     */
    boolean personCue;
    /** A role follows it inside a capitalised run ("Acme CEO Jane Doe", "Tulsa Mayor ..."). */
    boolean beforeRole;
    /** A capitalised title standing for a person ("the President", "Madam Speaker"). */
    boolean roleAlone;
    /** The title or role before the name, or of a {@link #roleAlone} mention, lower case ("vice president"); or {@code null}. */
    String role;
    /** Found in a line written in capitals, by matching a name known from the rest of the text. */
    boolean caseless;
    /** The type decided so far, or {@code null} while undecided. */
    EntityType type;
    double confidence;
    /** The group of mentions of one entity this span belongs to, once resolved. */
    Group group;

    Candidate(int from, int to, String surface, Known known) {
        this.from = from;
        this.to = to;
        this.spanFrom = from;
        this.surface = surface;
        this.known = known;
    }

    int length() {
        return to - from;
    }

    void decide(EntityType decided, double withConfidence) {
        this.type = decided;
        this.confidence = withConfidence;
    }

    @Override
    public String toString() {
        return surface + "[" + from + "," + to + ")" + (type == null ? "?" : type);
    }
}
