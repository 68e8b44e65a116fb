package org.gazette.enrich.entities.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.gazette.api.model.Entity;
import org.gazette.api.model.EntityType;
import org.gazette.api.model.Mention;

/** A tagged test text with helpers to find mentions by their text and check their offsets. */
final class Tagged {

    /** One tagger for all tests: loading the gazetteers is the slow part. */
    static final EntityTagger TAGGER = new EntityTagger(TaggerSettings.defaults());

    final String text;
    final Tagging tagging;

    Tagged(String text, String published) {
        this.text = text;
        this.tagging = TAGGER.tag(text, published == null ? null : LocalDate.parse(published));
        for (Mention m : tagging.mentions()) {
            assertEquals(text.substring(m.start, m.end), m.text, "offsets of " + m.text);
        }
    }

    /** @return the n-th (0-based) mention whose text is {@code surface}; fails when there is none */
    Mention mention(String surface, int n) {
        int from = -1;
        for (int k = 0; k <= n; k++) {
            from = text.indexOf(surface, from + 1);
            if (from < 0) {
                fail("'" + surface + "' occurs fewer than " + (n + 1) + " times in the text");
            }
        }
        for (Mention m : tagging.mentions()) {
            if (m.start == from && m.end == from + surface.length()) {
                return m;
            }
        }
        return fail("no mention [" + surface + "] at " + from + "; mentions: " + describe());
    }

    Mention mention(String surface) {
        return mention(surface, 0);
    }

    /** @return whether some mention covers the n-th occurrence of {@code surface} */
    boolean tagged(String surface, int n) {
        int from = -1;
        for (int k = 0; k <= n; k++) {
            from = text.indexOf(surface, from + 1);
        }
        for (Mention m : tagging.mentions()) {
            if (m.start < from + surface.length() && m.end > from) {
                return true;
            }
        }
        return false;
    }

    /** @return whether a mention of this type has exactly this text (nested mentions included) */
    boolean has(EntityType type, String surface) {
        return tagging.mentions().stream().anyMatch(m -> m.type == type && m.text.equals(surface));
    }

    Entity entity(String id) {
        return tagging.entities().stream().filter(e -> e.id.equals(id)).findFirst()
                .orElseGet(() -> fail("no entity " + id + " in " + tagging.entities().stream().map(e -> e.id).collect(Collectors.toList())));
    }

    void assertMention(String surface, int n, EntityType type, String entityId) {
        Mention m = mention(surface, n);
        assertEquals(type, m.type, "type of " + surface + " #" + n + "; " + describe());
        if (entityId != null) {
            assertEquals(entityId, m.entityId, "entity of " + surface + " #" + n);
        }
    }

    String describe() {
        List<String> parts = tagging.mentions().stream().map(m -> m.type + "[" + m.text + "]@" + m.start + "=" + m.entityId)
                .collect(Collectors.toList());
        return String.join(", ", parts);
    }
}
