package org.gazette.api.model;

import org.osgi.dto.DTO;

/**
 * An image of an article, with its caption and credit kept out of the body text.
 */
public class Image extends DTO {
    /** Absolute URL of the image. */
    public String url;
    /** Caption, if any. */
    public String caption;
    /** Credit ("Photo: Jane Roe/Agency"), if any. */
    public String credit;
}
