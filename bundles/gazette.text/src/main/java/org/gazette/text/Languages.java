package org.gazette.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Guesses the language of a text when a page does not declare it. Texts in their own script are
 * told by the script (Arabic, Cyrillic, Greek, Hebrew, CJK, Indic, Thai...); Latin-script texts by
 * how many of each language's function words they use ({@code function-words.txt}, 17 languages),
 * a word shared by several languages counting for each of them by the inverse of their number.
 * Answers only when one language clearly leads; otherwise {@code null}. Immutable and thread-safe:
 * build one and share it.
 */
public final class Languages {
    private static final int MAX_CHARS = 20_000;
    private static final double MIN_SCORE = 2.0;
    private static final double LEAD = 1.5;
    private final Map<String, Set<String>> functionWords;
    /** How many languages list each word. */
    private final Map<String, Integer> spread = new HashMap<>();

    /** Loads the function-word lists shipped with this bundle. */
    public Languages() {
        Map<String, Set<String>> words = new LinkedHashMap<>();
        try (InputStream in = Languages.class.getResourceAsStream("function-words.txt");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                int colon = line.indexOf(':');
                if (line.startsWith("#") || colon < 0) {
                    continue;
                }
                words.put(line.substring(0, colon).trim(), Set.of(line.substring(colon + 1).trim().split("\\s+")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read function-words.txt", e);
        }
        this.functionWords = Map.copyOf(words);
        words.values().forEach(set -> set.forEach(w -> spread.merge(w, 1, Integer::sum)));
    }

    /**
     * @param text the text, of any length (the first 20,000 characters are read)
     * @return a BCP-47 language code such as {@code en} or {@code ar}, or {@code null} when unsure
     */
    public String detect(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String sample = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        String byScript = Scripts.language(sample);
        return byScript != null ? byScript : byFunctionWords(sample);
    }

    private String byFunctionWords(String text) {
        Map<String, Double> hits = new HashMap<>();
        for (String token : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{M}]+")) {
            Integer languages = spread.get(token);
            if (languages == null) {
                continue;
            }
            for (Map.Entry<String, Set<String>> lang : functionWords.entrySet()) {
                if (lang.getValue().contains(token)) {
                    hits.merge(lang.getKey(), 1.0 / languages, Double::sum);
                }
            }
        }
        String best = null;
        double bestHits = 0;
        double second = 0;
        for (Map.Entry<String, Double> e : hits.entrySet()) {
            if (e.getValue() > bestHits) {
                second = bestHits;
                bestHits = e.getValue();
                best = e.getKey();
            } else if (e.getValue() > second) {
                second = e.getValue();
            }
        }
        return bestHits >= MIN_SCORE && bestHits >= second * LEAD ? best : null;
    }
}
