package org.gazette.api.model;

import java.util.List;

import org.osgi.dto.DTO;

/**
 * A canonical entity: one person, organisation or place however it is written.
 */
public class Entity extends DTO {
    /** Stable id, the same in every article. */
    public String id;
    /** Type. */
    public EntityType type;
    /** Canonical name ("Kim Jong Un"). */
    public String name;
    /** Other names seen for it ("Kim Jong-un", "Kim"). */
    public List<String> aliases;
}
