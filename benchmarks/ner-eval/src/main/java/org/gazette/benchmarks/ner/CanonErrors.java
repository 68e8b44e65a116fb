package org.gazette.benchmarks.ner;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The gold entities of one document that fail canonical accuracy, each with its matched mentions
 * and their predicted ids, and a rough category of the failure, so that failures can be counted by
 * kind ({@code --canon-errors N}; console only).
 *
 * <p>A <b>split</b> is one gold entity predicted with several ids, a <b>merge</b> one id predicted
 * for mentions of several gold entities. Categories, first that applies: for splits, a predicted
 * type that differs ({@code split:type}), names equal but for case, hyphens and periods
 * ({@code split:case-hyphen}), a possessive ({@code split:possessive}), one name a word of the
 * other ({@code split:part-of-name}, "Kim" and "Kim Jong Un"), a pronoun or common noun in the gold
 * span ({@code split:gold-nested}), else {@code split:other}; for merges, a gold span that lists or
 * contains another gold span ({@code merge:gold-list-or-nested}), a gold entity
 * whose every mention is the predicted name with words around it, "northern Lisbon" beside
 * "Lisbon" ({@code merge:gold-modifier}), the same text for both gold
 * entities ({@code merge:same-text}), a shared word ({@code merge:shared-word}, two Smiths), else
 * {@code merge:other}.
 */
final class CanonErrors {

    /** A matched gold mention: its entity, gold text and span, and the predicted mention's text and id. */
    record Match(String eid, String goldText, int start, int end, String predictedText, String id) {
    }

    /** One failing gold entity. */
    record Failure(String category, String description) {
    }

    private CanonErrors() {
    }

    static List<Failure> of(String docId, List<Match> matches) {
        Map<String, List<Match>> byEntity = new LinkedHashMap<>();
        Map<String, Set<String>> entitiesOfId = new LinkedHashMap<>();
        for (Match m : matches) {
            byEntity.computeIfAbsent(m.eid, k -> new ArrayList<>()).add(m);
            entitiesOfId.computeIfAbsent(m.id, k -> new LinkedHashSet<>()).add(m.eid);
        }
        List<Failure> failures = new ArrayList<>();
        for (Map.Entry<String, List<Match>> e : byEntity.entrySet()) {
            List<Match> mine = e.getValue();
            Set<String> ids = new LinkedHashSet<>();
            mine.forEach(m -> ids.add(m.id));
            Set<String> others = new LinkedHashSet<>();
            for (String id : ids) {
                entitiesOfId.get(id).stream().filter(x -> !x.equals(e.getKey())).forEach(others::add);
            }
            if (ids.size() == 1 && others.isEmpty()) {
                continue;
            }
            String category = ids.size() > 1 ? splitCategory(mine, matches) : mergeCategory(mine, others, byEntity, matches);
            StringBuilder b = new StringBuilder();
            b.append(category).append("  ").append(docId).append(' ').append(e.getKey()).append(':');
            for (Match m : mine) {
                b.append("\n    [").append(oneLine(m.goldText)).append("] -> ").append(m.id).append(" [")
                        .append(oneLine(m.predictedText)).append(']');
            }
            for (String other : others) {
                b.append("\n    shares an id with ").append(other).append(':');
                for (Match m : byEntity.get(other)) {
                    if (ids.contains(m.id)) {
                        b.append(" [").append(oneLine(m.goldText)).append("] -> ").append(m.id);
                    }
                }
            }
            failures.add(new Failure(category, b.toString()));
        }
        return failures;
    }

    private static String splitCategory(List<Match> mine, List<Match> all) {
        List<String> cats = new ArrayList<>();
        for (int a = 0; a < mine.size(); a++) {
            for (int b = a + 1; b < mine.size(); b++) {
                Match x = mine.get(a);
                Match y = mine.get(b);
                if (!x.id.equals(y.id)) {
                    cats.add(pairCategory(x, y, all));
                }
            }
        }
        for (String c : new String[] {"split:type", "split:gold-nested", "split:case-hyphen", "split:possessive",
            "split:part-of-name"}) {
            if (cats.contains(c)) {
                return c;
            }
        }
        return "split:other";
    }

    private static String pairCategory(Match x, Match y, List<Match> all) {
        if (!prefix(x.id).equals(prefix(y.id))) {
            return "split:type";
        }
        if (nested(x, all) || nested(y, all)) {
            return "split:gold-nested";
        }
        String kx = key(x.predictedText);
        String ky = key(y.predictedText);
        if (kx.equals(ky)) {
            return "split:case-hyphen";
        }
        if (kx.endsWith(" s") || ky.endsWith(" s") || x.predictedText.endsWith("'s") || y.predictedText.endsWith("'s")) {
            return "split:possessive";
        }
        Set<String> wx = new HashSet<>(List.of(kx.split(" ")));
        Set<String> wy = new HashSet<>(List.of(ky.split(" ")));
        if (wx.containsAll(wy) || wy.containsAll(wx)) {
            return "split:part-of-name";
        }
        return "split:other";
    }

    private static String mergeCategory(List<Match> mine, Set<String> others, Map<String, List<Match>> byEntity,
            List<Match> all) {
        for (Match m : mine) {
            if (nested(m, all) || m.goldText.contains(" and ") || m.goldText.contains(", ")) {
                return "merge:gold-list-or-nested";
            }
        }
        for (String other : others) {
            for (Match m : byEntity.get(other)) {
                if (nested(m, all) || m.goldText.contains(" and ") || m.goldText.contains(", ")) {
                    return "merge:gold-list-or-nested";
                }
            }
        }
        if (widerGold(mine) || others.stream().anyMatch(o -> widerGold(byEntity.get(o)))) {
            return "merge:gold-modifier";
        }
        Set<String> myTexts = new LinkedHashSet<>();
        Set<String> myWords = new LinkedHashSet<>();
        for (Match m : mine) {
            myTexts.add(key(m.goldText));
            myWords.addAll(List.of(key(m.predictedText).split(" ")));
        }
        boolean sharedWord = false;
        for (String other : others) {
            for (Match m : byEntity.get(other)) {
                if (myTexts.contains(key(m.goldText))) {
                    return "merge:same-text";
                }
                for (String w : key(m.predictedText).split(" ")) {
                    sharedWord |= myWords.contains(w) && w.length() > 2;
                }
            }
        }
        return sharedWord ? "merge:shared-word" : "merge:other";
    }

    /** Whether every mention's gold span is its predicted name with words around it ("northern Lisbon", "many Americans"). */
    private static boolean widerGold(List<Match> mentions) {
        for (Match m : mentions) {
            String gold = key(m.goldText);
            String predicted = key(m.predictedText);
            if (gold.equals(predicted) || !gold.contains(predicted)) {
                return false;
            }
        }
        return true;
    }

    /** Whether another matched gold mention lies inside this one's span or around it. */
    private static boolean nested(Match m, List<Match> all) {
        for (Match o : all) {
            if (o != m && !(o.start == m.start && o.end == m.end) && o.start < m.end && m.start < o.end) {
                return true;
            }
        }
        return false;
    }

    private static String prefix(String id) {
        int colon = id.indexOf(':');
        return colon < 0 ? id : id.substring(0, colon);
    }

    private static String key(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[.’']", "").replaceAll("[-\\s]+", " ").trim();
    }

    private static String oneLine(String s) {
        return s.replace('\n', ' ');
    }

    /** @return the failures counted by category, categories sorted */
    static Map<String, Integer> count(List<Failure> failures) {
        Map<String, Integer> counts = new TreeMap<>();
        failures.forEach(f -> counts.merge(f.category(), 1, Integer::sum));
        return counts;
    }
}
