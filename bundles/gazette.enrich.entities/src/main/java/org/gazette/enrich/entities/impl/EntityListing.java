package org.gazette.enrich.entities.impl;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

import org.gazette.api.model.EntityType;
import org.gazette.api.state.KeyValue;

/**
 * The most mentioned entities of the registry: reads the records of each type (at most a given
 * number per type, in key order, since {@link KeyValue#scan} cannot page) and keeps the top ones.
 */
final class EntityListing {

    /** Most mentioned first; ties by id. */
    static final Comparator<EntityRegistry.Record> MOST_MENTIONED =
            Comparator.comparingLong((EntityRegistry.Record r) -> r.articles).reversed().thenComparing(r -> r.id);

    /**
     * @param top the most mentioned records, most mentioned first
     * @param total how many records were read
     * @param incomplete true when some type had more records than were read
     */
    record Result(List<EntityRegistry.Record> top, long total, boolean incomplete) {
    }

    private final KeyValue store;
    private final EntityRegistry registry;

    /**
     * @param store the registry's namespace
     * @param registry the registry over it
     */
    EntityListing(KeyValue store, EntityRegistry registry) {
        this.store = store;
        this.registry = registry;
    }

    /**
     * @param types the types to list
     * @param top how many to return
     * @param scan records read at most per type
     * @return the most mentioned
     */
    Result top(List<EntityType> types, int top, int scan) {
        PriorityQueue<EntityRegistry.Record> best = new PriorityQueue<>(MOST_MENTIONED.reversed());
        long total = 0;
        boolean incomplete = false;
        for (EntityType type : types) {
            Map<String, String> values = store.scan(EntityRegistry.entityPrefix(type), scan + 1);
            int read = 0;
            for (String json : values.values()) {
                if (read++ == scan) {
                    incomplete = true;
                    break;
                }
                EntityRegistry.Record r = registry.parse(json);
                if (r == null) {
                    continue;
                }
                total++;
                r.recent = null;
                best.add(r);
                if (best.size() > top) {
                    best.poll();
                }
            }
        }
        List<EntityRegistry.Record> out = new ArrayList<>(best);
        out.sort(MOST_MENTIONED);
        return new Result(out, total, incomplete);
    }
}
