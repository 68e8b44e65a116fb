package org.gazette.engine.impl;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

import org.gazette.api.model.Article;
import org.gazette.api.model.Enrichment;
import org.gazette.api.model.Entity;
import org.gazette.api.model.Mention;

/**
 * Merges what an enricher returned into the article. Mentions: a new mention that overlaps
 * existing ones replaces them only when it beats each of them: higher confidence, or equal
 * confidence and a higher {@code service.ranking} of its enricher; on a full tie the mention that
 * was there first stays.
 * Entities replace those with the same id; quotes are appended; metadata is added; a story id is set.
 */
final class EnrichmentMerger {

    private EnrichmentMerger() {
    }

    static void merge(Article article, Enrichment e, String tagger, int ranking, ToIntFunction<String> rankingOf) {
        if (e == null) {
            return;
        }
        if (e.mentions != null && !e.mentions.isEmpty()) {
            mergeMentions(article, e.mentions, tagger, ranking, rankingOf);
        }
        if (e.entities != null && !e.entities.isEmpty()) {
            Map<String, Entity> byId = new LinkedHashMap<>();
            if (article.entities != null) {
                article.entities.forEach(x -> byId.put(x.id, x));
            }
            e.entities.forEach(x -> byId.put(x.id, x));
            article.entities = new ArrayList<>(byId.values());
        }
        if (e.quotes != null && !e.quotes.isEmpty()) {
            List<org.gazette.api.model.Quote> q = article.quotes == null ? new ArrayList<>() : new ArrayList<>(article.quotes);
            q.addAll(e.quotes);
            article.quotes = q;
        }
        if (e.storyId != null) {
            article.storyId = e.storyId;
        }
        if (e.metadata != null && !e.metadata.isEmpty()) {
            Map<String, String> m = article.metadata == null ? new HashMap<>() : new HashMap<>(article.metadata);
            m.putAll(e.metadata);
            article.metadata = m;
        }
    }

    private static void mergeMentions(Article article, List<Mention> added, String tagger, int ranking, ToIntFunction<String> rankingOf) {
        int length = article.text == null ? 0 : article.text.length();
        List<Mention> merged = article.mentions == null ? new ArrayList<>() : new ArrayList<>(article.mentions);
        for (Mention m : added) {
            if (m == null || m.start < 0 || m.end > length || m.start >= m.end) {
                throw new IllegalArgumentException(tagger + " returned a mention outside the text: "
                        + (m == null ? "null" : "[" + m.start + "," + m.end + ") of " + length));
            }
            if (!(m.confidence >= 0 && m.confidence <= 1)) {
                throw new IllegalArgumentException(tagger + " returned a mention with confidence " + m.confidence + ", outside 0..1");
            }
            m.tagger = tagger;
            boolean wins = true;
            for (Mention old : merged) {
                if (overlaps(old, m) && !beats(m, ranking, old, rankingOf.applyAsInt(old.tagger))) {
                    wins = false;
                    break;
                }
            }
            if (wins) {
                for (Iterator<Mention> it = merged.iterator(); it.hasNext();) {
                    if (overlaps(it.next(), m)) {
                        it.remove();
                    }
                }
                merged.add(m);
            }
        }
        merged.sort((a, b) -> a.start != b.start ? Integer.compare(a.start, b.start) : Integer.compare(a.end, b.end));
        article.mentions = merged;
    }

    private static boolean beats(Mention m, int ranking, Mention old, int oldRanking) {
        return m.confidence > old.confidence || (m.confidence == old.confidence && ranking > oldRanking);
    }

    private static boolean overlaps(Mention a, Mention b) {
        return a.start < b.end && b.start < a.end;
    }
}
