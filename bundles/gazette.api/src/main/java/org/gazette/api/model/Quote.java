package org.gazette.api.model;

import org.osgi.dto.DTO;

/**
 * A quote and who said it.
 */
public class Quote extends DTO {
    /** The quoted words, without quotation marks. */
    public String text;
    /** Start offset of the quote in {@link Article#text}, inclusive. */
    public int start;
    /** End offset of the quote in {@link Article#text}, exclusive. */
    public int end;
    /** Id of the speaking {@link Entity}, if resolved. */
    public String speakerId;
    /** The speaker as written. */
    public String speaker;
    /** The verb or phrase that attributes it ("said", "according to"). */
    public String cue;
}
