package org.gazette.enrich.entities.impl;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.gazette.api.model.Entity;
import org.gazette.api.model.EntityType;
import org.gazette.api.model.Mention;
import org.gazette.api.state.KeyValue;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;

/**
 * The entities seen across articles, in a state store namespace. Ids do not depend on it (they
 * come from type and canonical name, see {@link EntityIds}); it keeps, per entity, the canonical
 * name, the aliases seen, how many articles mentioned it, when it was first and last seen and the
 * latest articles that mention it ({@link ArticleRing}), and an index from names to ids that lets
 * a person mentioned by surname alone ("Trump", with no full name in the article) get the id of
 * the one person with that surname seen before.
 *
 * <p>Keys: {@code entity/<id>} holds {@code {"id","type","name","aliases":[...],"articles":n,
 * "firstSeen","lastSeen","recent":[...],"pages":n,"ring":n}}; {@code articles/<id>/<slot>} holds
 * older article references; {@code alias/<type>/<name key>} holds an id, or {@value #AMBIGUOUS}
 * when two entities share the name. Each key is updated on its own (read, merge, write): two
 * runtimes tagging at once may lose a count, an alias or an article reference, never an entity.
 * Recording an article writes one key per entity (plus the name index the first time an entity
 * is seen, and a page of older references once in {@value ArticleRing#PAGE} articles).
 */
final class EntityRegistry {

    static final String AMBIGUOUS = "*";

    /** What is stored per entity. */
    static final class Record {
        String id;
        String type;
        String name;
        List<String> aliases;
        long articles;
        String firstSeen;
        String lastSeen;
        /** The latest articles mentioning it, newest first (older ones: {@link ArticleRing}). */
        List<ArticleRef> recent;
        /** Pages of older references written so far. */
        long pages;
        /** Page slots of its ring, fixed when the first page is written. */
        int ring;
    }

    /** Article references kept per entity unless configured otherwise. */
    static final int DEFAULT_ARTICLES = 1000;

    private final KeyValue store;
    private final int maxAliases;
    private final ArticleRing ring;
    private final Gson gson = new Gson();

    /**
     * @param store the namespace
     * @param maxAliases aliases kept per entity at most
     */
    EntityRegistry(KeyValue store, int maxAliases) {
        this(store, maxAliases, DEFAULT_ARTICLES);
    }

    /**
     * @param store the namespace
     * @param maxAliases aliases kept per entity at most
     * @param maxArticles article references kept per entity at most (0: none, only the count)
     */
    EntityRegistry(KeyValue store, int maxAliases, int maxArticles) {
        this.store = store;
        this.maxAliases = maxAliases;
        this.ring = new ArticleRing(store, maxArticles);
    }

    /**
     * Gives a person named by one word only the id of the person seen before in other articles
     * whose surname (or only name) it is, when there is exactly one such person.
     *
     * @param entities the entities of one article; changed in place
     * @param mentions its mentions; their entity ids follow
     */
    void resolveSurnames(List<Entity> entities, List<Mention> mentions) {
        Map<String, String> renamed = new HashMap<>();
        for (Entity e : entities) {
            if (e.type != EntityType.PERSON || Names.words(Names.key(e.name)) != 1) {
                continue;
            }
            String id = store.get(aliasKey(e.type, e.name));
            if (id == null || AMBIGUOUS.equals(id) || id.equals(e.id)) {
                continue;
            }
            Record known = read(id);
            if (known == null) {
                continue;
            }
            renamed.put(e.id, id);
            Set<String> aliases = new LinkedHashSet<>(e.aliases == null ? List.of() : e.aliases);
            aliases.add(e.name);
            aliases.remove(known.name);
            e.id = id;
            e.name = known.name;
            e.aliases = new ArrayList<>(aliases);
        }
        if (!renamed.isEmpty()) {
            for (Mention m : mentions) {
                if (m.entityId != null && renamed.containsKey(m.entityId)) {
                    m.entityId = renamed.get(m.entityId);
                }
            }
        }
    }

    /**
     * Records one article's entities: aliases merged, the article added to each entity's articles
     * and counted unless it was recorded recently already, names of new entities indexed.
     *
     * @param entities the article's entities
     * @param article the article
     */
    void record(List<Entity> entities, ArticleRef article) {
        for (Entity e : entities) {
            Record r = read(e.id);
            boolean isNew = r == null;
            if (isNew) {
                r = new Record();
                r.id = e.id;
                r.type = e.type.name();
                r.name = e.name;
                r.aliases = new ArrayList<>();
                r.firstSeen = article.seen;
            }
            Set<String> aliases = new LinkedHashSet<>(r.aliases);
            if (!e.name.equals(r.name)) {
                aliases.add(e.name);
            }
            if (e.aliases != null) {
                for (String a : e.aliases) {
                    if (!a.equals(r.name)) {
                        aliases.add(a);
                    }
                }
            }
            r.aliases = new ArrayList<>(aliases).subList(0, Math.min(aliases.size(), maxAliases));
            if (ring.add(r, article)) {
                r.articles++;
            }
            r.lastSeen = article.seen;
            store.put(entityKey(e.id), gson.toJson(r));
            if (isNew) {
                index(e);
            }
        }
    }

    /**
     * @param r a record
     * @param limit references wanted at most
     * @return the articles that mention it, newest first
     */
    List<ArticleRef> articles(Record r, int limit) {
        return ring.read(r, limit);
    }

    /**
     * @param idOrName an entity id, or a name of a person, organisation or place
     * @return its record, or {@code null} when the registry has none (or the name is ambiguous)
     */
    Record find(String idOrName) {
        Record r = read(idOrName);
        if (r != null || idOrName.isBlank()) {
            return r;
        }
        for (EntityType type : List.of(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.LOCATION)) {
            String id = store.get(aliasKey(type, idOrName));
            if (id != null && !AMBIGUOUS.equals(id)) {
                r = read(id);
                if (r != null) {
                    return r;
                }
            }
        }
        return null;
    }

    private void index(Entity e) {
        index(aliasKey(e.type, e.name), e.id);
        if (e.type == EntityType.PERSON) {
            String key = Names.key(e.name);
            int space = key.lastIndexOf(' ');
            if (space > 0) {
                index(aliasKey(e.type, key.substring(space + 1)), e.id);
            }
        }
    }

    private void index(String key, String id) {
        String before = store.putIfAbsent(key, id);
        if (before != null && !before.equals(id) && !AMBIGUOUS.equals(before)) {
            store.put(key, AMBIGUOUS);
        }
    }

    /** @return the record of an id, or {@code null} (also when the stored value is not readable) */
    Record read(String id) {
        return parse(store.get(entityKey(id)));
    }

    /** @return the record a stored value holds, or {@code null} when it is absent or not readable */
    Record parse(String json) {
        if (json == null) {
            return null;
        }
        try {
            Record r = gson.fromJson(json, Record.class);
            if (r == null || r.name == null || r.id == null) {
                return null;
            }
            if (r.aliases == null) {
                r.aliases = new ArrayList<>();
            }
            return r;
        } catch (JsonParseException e) {
            return null;
        }
    }

    /** @return the key prefix of the records of one type */
    static String entityPrefix(EntityType type) {
        return "entity/" + type.name().toLowerCase(Locale.ROOT) + ":";
    }

    static String entityKey(String id) {
        return truncate("entity/" + id);
    }

    static String aliasKey(EntityType type, String name) {
        return truncate("alias/" + type.name().toLowerCase(Locale.ROOT) + "/" + Names.key(name));
    }

    private static String truncate(String key) {
        return key.length() <= 512 ? key : key.substring(0, 512);
    }
}
