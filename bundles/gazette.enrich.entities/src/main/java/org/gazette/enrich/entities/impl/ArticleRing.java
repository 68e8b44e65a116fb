package org.gazette.enrich.entities.impl;

import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;

import org.gazette.api.state.KeyValue;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import com.google.gson.reflect.TypeToken;

/**
 * The articles that mention one entity, newest first, bounded: the newest page of references lives
 * in the entity's record itself ({@link EntityRegistry.Record#recent}), so that recording an
 * article costs one write of that record; when the page is full, its older references move to one
 * of a ring of page keys {@code articles/<id>/<slot>}, overwriting the oldest page. So about one
 * write in {@value #PAGE} articles is a second one and nothing is ever deleted. At most
 * {@code keep} references are kept per entity, and once that many were recorded, at least
 * {@code keep - 2 * PAGE + 1} (976 to 1000 of the default 1000).
 */
final class ArticleRing {

    /** References per page. */
    static final int PAGE = 25;
    private static final Type LIST = new TypeToken<List<ArticleRef>>() { }.getType();

    private final KeyValue store;
    private final int keep;
    private final Gson gson = new Gson();

    /**
     * @param store the namespace
     * @param keep references kept per entity at most (0: none)
     */
    ArticleRing(KeyValue store, int keep) {
        this.store = store;
        this.keep = keep;
    }

    /** @return the number of page slots for an entity recorded now */
    int slots() {
        int page = Math.min(PAGE, keep);
        return page == 0 ? 0 : (keep - page) / page;
    }

    /**
     * Adds an article to a record, newest first. An article already among the recent ones moves to
     * the front and is not counted again.
     *
     * @param r the record, changed in place (not written)
     * @param ref the article
     * @return true when the article is new to the record (to be counted)
     */
    boolean add(EntityRegistry.Record r, ArticleRef ref) {
        if (r.recent == null) {
            r.recent = new ArrayList<>();
        }
        for (int k = 0; k < r.recent.size(); k++) {
            if (r.recent.get(k).sameArticle(ref)) {
                r.recent.remove(k);
                r.recent.add(0, ref);
                return false;
            }
        }
        if (keep == 0 || ref.id == null && ref.url == null) {
            return true;
        }
        r.recent.add(0, ref);
        if (r.pages == 0) {
            r.ring = slots();
        }
        int page = Math.min(PAGE, keep);
        if (r.recent.size() > page) {
            int slots = r.ring;
            if (slots > 0) {
                List<ArticleRef> older = new ArrayList<>(r.recent.subList(r.recent.size() - page, r.recent.size()));
                store.put(pageKey(r.id, r.pages % slots), gson.toJson(older, LIST));
                r.pages++;
                r.recent = new ArrayList<>(r.recent.subList(0, r.recent.size() - page));
            } else {
                r.recent = new ArrayList<>(r.recent.subList(0, page));
            }
        }
        return true;
    }

    /**
     * @param r a record
     * @param limit references wanted at most
     * @return its articles, newest first; pages that cannot be read are skipped
     */
    List<ArticleRef> read(EntityRegistry.Record r, int limit) {
        List<ArticleRef> out = new ArrayList<>();
        if (r.recent != null) {
            r.recent.stream().limit(limit).forEach(out::add);
        }
        if (r.ring <= 0) {
            return out;
        }
        for (long p = r.pages - 1; p >= Math.max(0, r.pages - r.ring) && out.size() < limit; p--) {
            String json = store.get(pageKey(r.id, p % r.ring));
            if (json == null) {
                continue;
            }
            try {
                List<ArticleRef> page = gson.fromJson(json, LIST);
                if (page != null) {
                    page.stream().limit(limit - out.size()).forEach(out::add);
                }
            } catch (JsonParseException e) {
                // a damaged page is skipped: the rest of the list is still worth showing
            }
        }
        return out;
    }

    static String pageKey(String id, long slot) {
        String suffix = "/" + slot;
        String key = "articles/" + id;
        return (key.length() + suffix.length() <= 512 ? key : key.substring(0, 512 - suffix.length())) + suffix;
    }
}
