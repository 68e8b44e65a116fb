package org.gazette.benchmarks.eval;

import java.util.ArrayList;
import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * One gold file ({@code ground-truth/<id>.json}, schema 2.0): the page URL and the
 * {@code ground_truth} fields the evaluation uses. Absent and JSON-null fields are {@code null}.
 *
 * @param url the page URL
 * @param title the headline
 * @param author the byline as one string ("A and B", "A, B")
 * @param publishDate {@code YYYY-MM-DD} or {@code YYYY-MM}
 * @param mainContent the main text, paragraphs separated by a blank line
 * @param with snippets a correct extraction contains
 * @param without boilerplate snippets it must not contain
 */
record Gold(String url, String title, String author, String publishDate, String mainContent,
        List<String> with, List<String> without) {

    /**
     * @param json the gold file's text
     * @return the gold
     * @throws IllegalArgumentException when it is not a JSON object with {@code ground_truth}
     */
    static Gold parse(String json) {
        JsonElement root = JsonParser.parseString(json);
        if (!root.isJsonObject() || !root.getAsJsonObject().has("ground_truth")
                || !root.getAsJsonObject().get("ground_truth").isJsonObject()) {
            throw new IllegalArgumentException("not a gold file: no ground_truth object");
        }
        JsonObject top = root.getAsJsonObject();
        JsonObject truth = top.getAsJsonObject("ground_truth");
        return new Gold(string(top, "url"), string(truth, "title"), string(truth, "author"),
                string(truth, "publish_date"), string(truth, "main_content"),
                strings(truth, "with"), strings(truth, "without"));
    }

    /** @return whether the gold has main text to score the body against */
    boolean hasBody() {
        return mainContent != null && !mainContent.isBlank();
    }

    private static String string(JsonObject object, String name) {
        JsonElement value = object.get(name);
        return value == null || value.isJsonNull() || !value.isJsonPrimitive() ? null : value.getAsString();
    }

    private static List<String> strings(JsonObject object, String name) {
        JsonElement value = object.get(name);
        List<String> out = new ArrayList<>();
        if (value != null && value.isJsonArray()) {
            JsonArray array = value.getAsJsonArray();
            for (JsonElement e : array) {
                if (e.isJsonPrimitive() && !e.getAsString().isBlank()) {
                    out.add(e.getAsString());
                }
            }
        }
        return List.copyOf(out);
    }
}
