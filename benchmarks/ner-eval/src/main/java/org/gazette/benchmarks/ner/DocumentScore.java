package org.gazette.benchmarks.ner;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gazette.api.model.EntityType;
import org.gazette.api.model.Mention;

/**
 * Scores the mentions of one document against its gold mentions.
 *
 * <p>Gold names are the mentions with {@code named == true} and type person, place or
 * organization, on their {@code ne_start}/{@code ne_end} span; two gold mentions with the same span
 * and type count once. A prediction matches <b>exactly</b> when span and type are equal, and by
 * <b>head overlap</b> when the type is equal and it overlaps the gold span's core: the span up to a
 * comma, bracket or relative pronoun that follows its first word ("Boston, where she studied" has
 * the core "Boston"), so that a prediction of a modifier alone does not match a long gold span.
 * Each gold and each prediction matches at most once: exact matches bind first, the rest by head
 * overlap in text order.
 *
 * <p>Canonical accuracy: over gold entities (coreference clusters) with at least one mention
 * matched by head overlap, the share where every matched mention has the same predicted entity id
 * and no matched mention of another gold entity has that id.
 *
 * <p>Dates: gold {@code time} mentions with a {@code date_when} are matched by any overlap with a
 * predicted DATE; accuracy is the share of matched ones whose value equals {@code date_when}.
 */
final class DocumentScore {

    static final EntityType[] TYPES = {EntityType.PERSON, EntityType.ORGANIZATION, EntityType.LOCATION};

    final Map<EntityType, Counts> exact = new EnumMap<>(EntityType.class);
    final Map<EntityType, Counts> overlap = new EnumMap<>(EntityType.class);
    /** Overlap ignoring type: how often the span was found at all. */
    final Counts anyType = new Counts();
    int entities;
    int entitiesCorrect;
    final Counts dates = new Counts();
    int dateValues;
    int dateValuesCorrect;
    final List<String> missed = new ArrayList<>();
    final List<String> spurious = new ArrayList<>();
    final List<String> wrongDates = new ArrayList<>();
    /** Gold names found with another type: key "GOLD -> PREDICTED", value the examples with context. */
    final Map<String, List<String>> confusions = new LinkedHashMap<>();
    /** Gold entities that fail canonical accuracy, with their mentions and predicted ids. */
    final List<CanonErrors.Failure> canonFailures;

    private record GoldName(int start, int end, int coreEnd, EntityType type, String eid, String text) {
    }

    DocumentScore(Gold.Document doc, List<Mention> predicted) {
        for (EntityType t : TYPES) {
            exact.put(t, new Counts());
            overlap.put(t, new Counts());
        }
        List<GoldName> gold = goldNames(doc);
        List<Mention> names = new ArrayList<>();
        for (Mention m : predicted) {
            if (m.type == EntityType.PERSON || m.type == EntityType.ORGANIZATION || m.type == EntityType.LOCATION) {
                names.add(m);
            }
        }
        List<CanonErrors.Match> matches = new ArrayList<>();
        scoreNames(doc, gold, names, matches);
        canonFailures = CanonErrors.of(doc.doc_id, matches);
        scoreDates(doc, predicted);
    }

    private static List<GoldName> goldNames(Gold.Document doc) {
        Map<String, GoldName> unique = new LinkedHashMap<>();
        for (Gold.Mention g : doc.mentions) {
            EntityType type = type(g.etype);
            if (!g.named || type == null) {
                continue;
            }
            unique.putIfAbsent(g.ne_start + ":" + g.ne_end + ":" + type,
                    new GoldName(g.ne_start, g.ne_end, coreEnd(doc.text, g.ne_start, g.ne_end), type, g.eid, g.ne_text));
        }
        return new ArrayList<>(unique.values());
    }

    static EntityType type(String etype) {
        switch (etype) {
            case "person":
                return EntityType.PERSON;
            case "organization":
                return EntityType.ORGANIZATION;
            case "place":
                return EntityType.LOCATION;
            default:
                return null;
        }
    }

    /** The end of the core of a span: before ", " / " (" / " who " / " which " / " where " / " that " after its first word. */
    static int coreEnd(String text, int start, int end) {
        String span = text.substring(start, end);
        int firstSpace = span.indexOf(' ');
        if (firstSpace < 0) {
            return end;
        }
        int cut = span.length();
        for (String stop : new String[] {",", " (", " who ", " which ", " where ", " that ", " whose "}) {
            int at = span.indexOf(stop, firstSpace > 0 && stop.equals(",") ? 1 : firstSpace);
            if (at > 0 && at < cut) {
                cut = at;
            }
        }
        return start + cut;
    }

    private void scoreNames(Gold.Document doc, List<GoldName> gold, List<Mention> names, List<CanonErrors.Match> matches) {
        Set<String> exactKeys = new HashSet<>();
        for (Mention m : names) {
            exactKeys.add(m.start + ":" + m.end + ":" + m.type);
            overlap.get(m.type).predicted++;
            exact.get(m.type).predicted++;
            anyType.predicted++;
        }
        for (GoldName g : gold) {
            overlap.get(g.type).gold++;
            exact.get(g.type).gold++;
            anyType.gold++;
            if (exactKeys.contains(g.start + ":" + g.end + ":" + g.type)) {
                exact.get(g.type).matched++;
                exact.get(g.type).predictedMatched++;
            }
        }
        boolean[] used = new boolean[names.size()];
        boolean[] usedAny = new boolean[names.size()];
        Map<String, Set<String>> idsOfEntity = new HashMap<>();
        Map<String, Set<String>> entitiesOfId = new HashMap<>();
        int[] hits = exactHits(gold, names, used);
        for (int i = 0; i < gold.size(); i++) {
            GoldName g = gold.get(i);
            int hit = hits[i] >= 0 ? hits[i] : find(names, used, g, true);
            if (hit >= 0) {
                used[hit] = true;
                Counts c = overlap.get(g.type);
                c.matched++;
                c.predictedMatched++;
                String id = String.valueOf(names.get(hit).entityId);
                idsOfEntity.computeIfAbsent(g.eid, k -> new HashSet<>()).add(id);
                entitiesOfId.computeIfAbsent(id, k -> new HashSet<>()).add(g.eid);
                matches.add(new CanonErrors.Match(g.eid, g.text, g.start, g.end, names.get(hit).text, id));
            } else {
                missed.add(g.type + " [" + g.text + "] " + context(doc.text, g.start, g.end));
                int other = find(names, used, g, false);
                if (other >= 0) {
                    Mention m = names.get(other);
                    confusions.computeIfAbsent(g.type + " -> " + m.type, k -> new ArrayList<>())
                            .add("[" + g.text + "] as [" + m.text + "] " + context(doc.text, g.start, g.end));
                }
            }
            int any = find(names, usedAny, g, false);
            if (any >= 0) {
                usedAny[any] = true;
                anyType.matched++;
                anyType.predictedMatched++;
            }
        }
        for (int k = 0; k < names.size(); k++) {
            if (!used[k]) {
                Mention m = names.get(k);
                spurious.add(m.type + " [" + m.text + "] " + context(doc.text, m.start, m.end));
            }
        }
        for (Map.Entry<String, Set<String>> e : idsOfEntity.entrySet()) {
            entities++;
            Set<String> ids = e.getValue();
            if (ids.size() == 1 && entitiesOfId.get(ids.iterator().next()).size() == 1) {
                entitiesCorrect++;
            }
        }
    }

    /**
     * Binds each prediction that has exactly a gold name's span and type to that name first, so that
     * head overlap cannot hand it to an enclosing gold name ("Sonia Davis" to the gold list "Sonia
     * Davis, Jessica Lau and Adam Walton" when the gold also holds "Sonia Davis" itself).
     *
     * @return for each gold name the index of its exact prediction, or -1
     */
    private static int[] exactHits(List<GoldName> gold, List<Mention> names, boolean[] used) {
        Map<String, Integer> byKey = new HashMap<>();
        for (int k = names.size() - 1; k >= 0; k--) {
            Mention m = names.get(k);
            byKey.put(m.start + ":" + m.end + ":" + m.type, k);
        }
        int[] hits = new int[gold.size()];
        for (int i = 0; i < gold.size(); i++) {
            GoldName g = gold.get(i);
            Integer k = byKey.remove(g.start + ":" + g.end + ":" + g.type);
            hits[i] = k == null ? -1 : k;
            if (k != null) {
                used[k] = true;
            }
        }
        return hits;
    }

    private static int find(List<Mention> names, boolean[] used, GoldName g, boolean typed) {
        for (int k = 0; k < names.size(); k++) {
            Mention m = names.get(k);
            if (!used[k] && (!typed || m.type == g.type) && m.start < g.coreEnd && m.end > g.start) {
                return k;
            }
        }
        return -1;
    }

    private void scoreDates(Gold.Document doc, List<Mention> predicted) {
        List<Mention> found = new ArrayList<>();
        for (Mention m : predicted) {
            if (m.type == EntityType.DATE) {
                found.add(m);
            }
        }
        boolean[] used = new boolean[found.size()];
        boolean[] overlapsTime = new boolean[found.size()];
        for (Gold.Mention g : doc.mentions) {
            if (!"time".equals(g.etype)) {
                continue;
            }
            for (int k = 0; k < found.size(); k++) {
                Mention m = found.get(k);
                if (m.start < g.end && m.end > g.start) {
                    overlapsTime[k] = true;
                }
            }
            if (g.date_when == null) {
                continue;
            }
            dates.gold++;
            for (int k = 0; k < found.size(); k++) {
                Mention m = found.get(k);
                if (!used[k] && m.start < g.end && m.end > g.start) {
                    used[k] = true;
                    dates.matched++;
                    dateValues++;
                    if (g.date_when.equals(m.value)) {
                        dateValuesCorrect++;
                    } else {
                        wrongDates.add("[" + m.text + "] " + m.value + " gold " + g.date_when + " (published "
                                + doc.dateCreated + ") " + context(doc.text, m.start, m.end));
                    }
                    break;
                }
            }
        }
        dates.predicted = found.size();
        for (boolean b : overlapsTime) {
            if (b) {
                dates.predictedMatched++;
            }
        }
    }

    private static String context(String text, int start, int end) {
        int from = Math.max(0, start - 40);
        int to = Math.min(text.length(), end + 40);
        return "…" + text.substring(from, start).replace('\n', ' ') + "⟦" + text.substring(start, end).replace('\n', ' ')
                + "⟧" + text.substring(end, to).replace('\n', ' ') + "…";
    }
}
