package org.gazette.parse.html.impl;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The first schema.org article object ({@code NewsArticle}, {@code Article}, {@code BlogPosting}
 * and their kin) in the page's {@code application/ld+json} scripts, looked for at the top level,
 * in arrays, in {@code @graph} and in nested objects (then in {@code <meta name="script:ld+json">}, as
 * Next.js apps print it); without one, the first {@code WebPage}. Also the steps of the first
 * {@code BreadcrumbList} ({@link #breadcrumb()}), read on in later scripts that name one.
 * References by {@code @id} to other objects of the same script are followed one level.
 * Malformed scripts are skipped.
 */
final class JsonLd {
    private static final Evaluator JSON_LD_SCRIPTS = Selector.evaluatorOf("script[type=application/ld+json]");
    /**
     * JSON-LD that a Next.js app passed as other metadata ({@code metadata.other["script:ld+json"]}),
     * which the framework prints as {@code <meta name="script:ld+json" content="{&quot;@type&quot;...}">}:
     * the site's own structured data all the same, read after the scripts.
     */
    private static final Evaluator JSON_LD_METAS = Selector.evaluatorOf("meta[name=\"script:ld+json\"][content]");

    private static final Set<String> ARTICLE_TYPES = Set.of("Article", "NewsArticle", "BlogPosting",
            "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle", "BackgroundNewsArticle",
            "ReviewNewsArticle", "LiveBlogPosting", "TechArticle", "Report");
    /** Used when a page has no article object: its dates and authors are still the page's. */
    private static final Set<String> PAGE_TYPES = Set.of("WebPage", "ItemPage");
    /** Types of an author that is not a person, besides every {@code ...Organization}. */
    private static final Set<String> ORGANIZATION_TYPES = Set.of("Corporation", "LocalBusiness", "Brand", "WebSite",
            "Organisation");
    private static final Set<String> BREADCRUMB_TYPES = Set.of("BreadcrumbList");
    private static final int MAX_CRUMBS = 20;
    /** Most JSON nodes looked at per script, so that a huge graph cannot keep the parser busy. */
    private static final int MAX_NODES = 5000;

    private final JsonObject article;
    private final Map<String, JsonObject> byId;
    private final List<Crumb> breadcrumb;

    /**
     * One step of the page's {@code BreadcrumbList}.
     *
     * @param name the step's name
     * @param url its address as written, or {@code null} when the step links nowhere (often the page itself)
     */
    record Crumb(String name, String url) {
    }

    private JsonLd(JsonObject article, Map<String, JsonObject> byId, List<Crumb> breadcrumb) {
        this.article = article;
        this.byId = byId;
        this.breadcrumb = breadcrumb;
    }

    /**
     * @param doc the parsed page
     * @return the page's article data; {@link #present()} is false when there is none
     */
    static JsonLd read(Document doc) {
        return read(new TagIndex(doc));
    }

    /**
     * @param tags the parsed page's elements by tag
     * @return the page's article data; {@link #present()} is false when there is none
     */
    static JsonLd read(TagIndex tags) {
        List<String> sources = new ArrayList<>();
        for (Element script : tags.select("script", JSON_LD_SCRIPTS)) {
            sources.add(script.data());
        }
        for (Element meta : tags.select("meta", JSON_LD_METAS)) {
            sources.add(meta.attr("content"));
        }
        JsonObject found = null;
        Map<String, JsonObject> foundIds = Map.of();
        boolean foundArticle = false;
        List<Crumb> breadcrumb = null;
        for (int i = 0; i < sources.size() && (!foundArticle || breadcrumb == null); i++) {
            if (foundArticle && !sources.get(i).contains("BreadcrumbList")) {
                continue; // only a breadcrumb is still wanted
            }
            List<JsonObject> objects;
            try {
                objects = objects(JsonParser.parseString(sources.get(i)));
            } catch (RuntimeException e) {
                continue; // malformed JSON-LD is common; the next script may be fine
            }
            for (JsonObject o : objects) {
                JsonElement type = o.get("@type");
                if (!foundArticle && isType(type, ARTICLE_TYPES) || found == null && isType(type, PAGE_TYPES)) {
                    foundArticle = isType(type, ARTICLE_TYPES);
                    found = o;
                    foundIds = index(objects);
                } else if (breadcrumb == null && isType(type, BREADCRUMB_TYPES)) {
                    breadcrumb = crumbs(o.get("itemListElement"));
                }
            }
        }
        return new JsonLd(found, foundIds, breadcrumb == null ? List.of() : breadcrumb);
    }

    /** @return the steps of a {@code BreadcrumbList}'s {@code itemListElement}, in the order written */
    private static List<Crumb> crumbs(JsonElement items) {
        List<Crumb> out = new ArrayList<>();
        if (items == null || !items.isJsonArray()) {
            return out;
        }
        for (JsonElement e : items.getAsJsonArray()) {
            if (!e.isJsonObject() || out.size() >= MAX_CRUMBS) {
                continue;
            }
            JsonObject step = e.getAsJsonObject();
            JsonElement item = step.get("item");
            JsonObject itemObject = item != null && item.isJsonObject() ? item.getAsJsonObject() : null;
            String name = string(step.get("name"));
            if (name == null && itemObject != null) {
                name = string(itemObject.get("name"));
            }
            String url = itemObject != null ? string(itemObject.has("@id") ? itemObject.get("@id") : itemObject.get("url")) : string(item);
            if (name != null) {
                out.add(new Crumb(Text.normalise(Parser.unescapeEntities(name, false)), url));
            }
        }
        return out;
    }

    private static String string(JsonElement e) {
        return e != null && e.isJsonPrimitive() && !e.getAsString().isBlank() ? e.getAsString() : null;
    }

    /** @return the steps of the page's first {@code BreadcrumbList}, from the home page down; empty when there is none */
    List<Crumb> breadcrumb() {
        return breadcrumb;
    }

    private static Map<String, JsonObject> index(List<JsonObject> objects) {
        Map<String, JsonObject> byId = new HashMap<>();
        for (JsonObject o : objects) {
            JsonElement id = o.get("@id");
            if (id != null && id.isJsonPrimitive() && o.size() > 1) {
                byId.putIfAbsent(id.getAsString(), o);
            }
        }
        return byId;
    }

    /** All objects of a JSON-LD tree in breadth-first order (top level, arrays, @graph, nested). */
    private static List<JsonObject> objects(JsonElement root) {
        List<JsonObject> objects = new ArrayList<>();
        Deque<JsonElement> queue = new ArrayDeque<>();
        queue.add(root);
        for (int seen = 0; !queue.isEmpty() && seen < MAX_NODES; seen++) {
            JsonElement e = queue.poll();
            if (e.isJsonArray()) {
                e.getAsJsonArray().forEach(queue::add);
            } else if (e.isJsonObject()) {
                JsonObject o = e.getAsJsonObject();
                objects.add(o);
                for (Map.Entry<String, JsonElement> entry : o.entrySet()) {
                    if (entry.getValue().isJsonObject() || entry.getValue().isJsonArray()) {
                        queue.add(entry.getValue());
                    }
                }
            }
        }
        return objects;
    }

    /** @return the object an {@code {"@id": ...}} reference points to, else the object itself */
    private JsonObject resolve(JsonObject o) {
        JsonElement id = o.get("@id");
        if (o.size() == 1 && id != null && id.isJsonPrimitive()) {
            return byId.getOrDefault(id.getAsString(), o);
        }
        return o;
    }

    private static boolean isType(JsonElement type, Set<String> types) {
        if (type == null) {
            return false;
        }
        if (type.isJsonArray()) {
            for (JsonElement t : type.getAsJsonArray()) {
                if (isType(t, types)) {
                    return true;
                }
            }
            return false;
        }
        if (!type.isJsonPrimitive()) {
            return false;
        }
        String name = type.getAsString();
        return types.contains(name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf(':')) + 1));
    }

    /** @return true when the page declares an article type (Article, NewsArticle, BlogPosting, ...) */
    boolean isArticle() {
        return article != null && isType(article.get("@type"), ARTICLE_TYPES);
    }

    /** @return true when the page has a JSON-LD article (or web page) object */
    boolean present() {
        return article != null;
    }

    /**
     * @param field a property of the article object
     * @return its text (the first one when it is a list, the {@code name} of an object), or {@code null}
     */
    String text(String field) {
        List<String> values = texts(field);
        return values.isEmpty() ? null : values.get(0);
    }

    /**
     * @param field a property of the article object
     * @return its texts: each string, or each object's {@code name} (or {@code url} for images)
     */
    List<String> texts(String field) {
        List<String> out = new ArrayList<>();
        if (article != null) {
            collect(article.get(field), out);
        }
        return out;
    }

    /**
     * @return true when the article names authors and every one of them is an organisation (an
     *         object typed {@code Organization}, {@code NewsMediaOrganization}, {@code Corporation},
     *         ...), not a person: a site crediting itself
     */
    boolean authorsAreOrganizations() {
        JsonElement author = article == null ? null : article.get("author");
        if (author == null || author.isJsonNull()) {
            return false;
        }
        List<JsonElement> items = new ArrayList<>();
        if (author.isJsonArray()) {
            author.getAsJsonArray().forEach(items::add);
        } else {
            items.add(author);
        }
        for (JsonElement item : items) {
            if (!item.isJsonObject() || !isOrganization(resolve(item.getAsJsonObject()).get("@type"))) {
                return false;
            }
        }
        return !items.isEmpty();
    }

    private static boolean isOrganization(JsonElement type) {
        if (type == null) {
            return false;
        }
        if (type.isJsonArray()) {
            for (JsonElement t : type.getAsJsonArray()) {
                if (isOrganization(t)) {
                    return true;
                }
            }
            return false;
        }
        if (!type.isJsonPrimitive()) {
            return false;
        }
        String name = type.getAsString();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf(':')) + 1);
        return name.endsWith("Organization") || ORGANIZATION_TYPES.contains(name);
    }

    /** @return the name of the article's publisher, or {@code null} */
    String publisherName() {
        String name = text("publisher");
        return name == null || name.startsWith("http") ? null : name;
    }

    private void collect(JsonElement value, List<String> out) {
        if (value == null || value.isJsonNull() || out.size() >= 100) {
            return;
        }
        if (value.isJsonArray()) {
            for (JsonElement e : value.getAsJsonArray()) {
                collect(e, out);
            }
        } else if (value.isJsonObject()) {
            JsonObject o = resolve(value.getAsJsonObject());
            JsonElement inner = o.has("name") ? o.get("name") : o.has("url") ? o.get("url") : o.get("@value");
            if (inner != null && inner.isJsonPrimitive()) {
                collect(inner, out);
            }
        } else {
            String text = Text.normalise(Parser.unescapeEntities(value.getAsString(), false));
            if (!text.isEmpty()) {
                out.add(text);
            }
        }
    }
}
