package org.gazette.engine.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.gazette.api.model.Article;
import org.gazette.api.model.Enrichment;
import org.gazette.api.model.Entity;
import org.gazette.api.model.EntityType;
import org.gazette.api.model.Mention;
import org.junit.jupiter.api.Test;

/** The rule for mentions of several taggers that overlap: confidence, then service ranking, then first come. */
class EnrichmentMergerTest {

    private static final String TEXT = "President Kim Jong Un met officials in Pyongyang on Monday.";
    private final Map<String, Integer> rankings = Map.of("rules", 0, "model", 10);

    @Test
    void aMoreConfidentOverlappingMentionReplacesTheOldOnes() {
        Article a = article();
        merge(a, "rules", mention(EntityType.PERSON, "Kim Jong Un", 0.6), mention(EntityType.LOCATION, "Pyongyang", 0.9));
        merge(a, "model", mention(EntityType.PERSON, "President Kim Jong Un", 0.8));

        assertEquals(List.of("President Kim Jong Un/model", "Pyongyang/rules"), texts(a));
    }

    @Test
    void aLessConfidentOverlappingMentionIsDropped() {
        Article a = article();
        merge(a, "model", mention(EntityType.PERSON, "Kim Jong", 0.5));
        merge(a, "rules", mention(EntityType.PERSON, "Kim Jong Un", 0.4));

        assertEquals(List.of("Kim Jong/model"), texts(a));
    }

    @Test
    void onEqualConfidenceTheHigherServiceRankingWinsAndOnAFullTieTheFirstStays() {
        Article a = article();
        merge(a, "rules", mention(EntityType.LOCATION, "Pyongyang", 0.7));
        merge(a, "model", mention(EntityType.ORGANIZATION, "Pyongyang", 0.7));
        assertEquals(List.of("Pyongyang/model"), texts(a), "ranking 10 beats ranking 0");

        Article b = article();
        merge(b, "model", mention(EntityType.ORGANIZATION, "Pyongyang", 0.7));
        merge(b, "rules", mention(EntityType.LOCATION, "Pyongyang", 0.7));
        assertEquals(List.of("Pyongyang/model"), texts(b), "a lower ranking does not replace");

        Article c = article();
        merge(c, "rules", mention(EntityType.LOCATION, "Pyongyang", 0.7));
        merge(c, "rules", mention(EntityType.ORGANIZATION, "Pyongyang", 0.7));
        assertEquals(EntityType.LOCATION, c.mentions.get(0).type, "a full tie keeps the mention that was there first");
    }

    @Test
    void mentionsThatDoNotOverlapAreAllKeptInTextOrder() {
        Article a = article();
        merge(a, "model", mention(EntityType.DATE, "Monday", 0.9));
        merge(a, "rules", mention(EntityType.PERSON, "Kim Jong Un", 0.2), mention(EntityType.LOCATION, "Pyongyang", 0.2));

        assertEquals(List.of("Kim Jong Un/rules", "Pyongyang/rules", "Monday/model"), texts(a));
    }

    @Test
    void entitiesWithTheSameIdAreReplacedAndOthersKept() {
        Article a = article();
        Enrichment first = new Enrichment();
        first.entities = List.of(entity("person:kim-jong-un", "Kim Jong Un"), entity("location:pyongyang", "Pyongyang"));
        EnrichmentMerger.merge(a, first, "rules", 0, rankings::get);
        Enrichment second = new Enrichment();
        second.entities = List.of(entity("person:kim-jong-un", "Kim Jong-un"));
        EnrichmentMerger.merge(a, second, "model", 10, rankings::get);

        assertEquals(2, a.entities.size());
        assertTrue(a.entities.stream().anyMatch(e -> e.name.equals("Kim Jong-un")));
    }

    @Test
    void aMentionOutsideTheTextOrWithABadConfidenceIsRefusedNamingTheTagger() {
        Article a = article();
        Mention outside = mention(EntityType.PERSON, "Kim Jong Un", 0.5);
        outside.end = TEXT.length() + 5;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> merge(a, "model", outside));
        assertTrue(e.getMessage().startsWith("model returned a mention outside the text"), e.getMessage());

        Mention nan = mention(EntityType.PERSON, "Kim Jong Un", Double.NaN);
        e = assertThrows(IllegalArgumentException.class, () -> merge(a, "model", nan));
        assertTrue(e.getMessage().contains("confidence NaN"), e.getMessage());
    }

    private void merge(Article a, String tagger, Mention... mentions) {
        Enrichment e = new Enrichment();
        e.mentions = List.of(mentions);
        EnrichmentMerger.merge(a, e, tagger, rankings.get(tagger), rankings::get);
    }

    private static Article article() {
        Article a = new Article();
        a.text = TEXT;
        return a;
    }

    private static Mention mention(EntityType type, String surface, double confidence) {
        Mention m = new Mention();
        m.type = type;
        m.start = TEXT.indexOf(surface);
        m.end = m.start + surface.length();
        m.text = surface;
        m.confidence = confidence;
        return m;
    }

    private static Entity entity(String id, String name) {
        Entity e = new Entity();
        e.id = id;
        e.name = name;
        return e;
    }

    private static List<String> texts(Article a) {
        return a.mentions.stream().map(m -> m.text + "/" + m.tagger).toList();
    }
}
