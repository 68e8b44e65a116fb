package org.gazette.api.runtime;

import org.osgi.dto.DTO;

/**
 * One item that failed or was rejected.
 */
public class ItemFailureDTO extends DTO {
    /** The item's URL. */
    public String url;
    /** Source id. */
    public String sourceId;
    /** Stage where it failed. */
    public String stage;
    /** Name of the service that failed it. */
    public String name;
    /** Why. */
    public String reason;
    /** When, ISO-8601. */
    public String at;
}
