package org.gazette.enrich.entities.impl;

import java.util.Locale;

import org.gazette.api.model.Entity;
import org.gazette.api.model.Mention;
import org.gazette.support.TextTable;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;

/**
 * What {@code gazette:tag} prints: the mentions and entities of a {@link Tagging} as tables, or as
 * JSON with the field names of the exporter's articles ({@code mentions}: type, start, end, text,
 * value, confidence, entityId, tagger; {@code entities}: id, type, name, aliases).
 */
final class TagReport {

    /** The enricher's name, which the engine sets as {@link Mention#tagger}. */
    static final String TAGGER = "entities";

    private final Gson gson = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    /**
     * @param text the text tagged
     * @param tagging what was found
     * @return a summary line, a table of mentions and one of entities
     */
    String table(String text, Tagging tagging) {
        StringBuilder sb = new StringBuilder();
        sb.append(tagging.mentions().size()).append(" mentions of ").append(tagging.entities().size()).append(" entities in ")
                .append(text.length()).append(" characters").append(notes(text, tagging)).append('\n');
        if (tagging.mentions().isEmpty()) {
            return sb.toString();
        }
        TextTable mentions = new TextTable("TYPE", "START", "END", "TEXT", "CONF", "VALUE", "ENTITY").blank("");
        for (Mention m : tagging.mentions()) {
            mentions.row(m.type, m.start, m.end, m.text, String.format(Locale.ROOT, "%.2f", m.confidence), m.value, m.entityId);
        }
        sb.append('\n').append(mentions);
        if (!tagging.entities().isEmpty()) {
            TextTable entities = new TextTable("ID", "TYPE", "NAME", "ALIASES").blank("");
            for (Entity e : tagging.entities()) {
                entities.row(e.id, e.type, e.name, e.aliases == null ? "" : String.join(", ", e.aliases));
            }
            sb.append('\n').append(entities);
        }
        return sb.toString();
    }

    /**
     * @param file the file as named by the operator
     * @param text its text
     * @param tagging what was found
     * @return a JSON object: file, characters, taggedLength, mentionsDropped, mentions, entities
     */
    String json(String file, String text, Tagging tagging) {
        for (Mention m : tagging.mentions()) {
            m.tagger = TAGGER;
        }
        JsonObject out = new JsonObject();
        out.addProperty("file", file);
        out.addProperty("characters", text.length());
        out.addProperty("taggedLength", tagging.taggedLength());
        out.addProperty("mentionsDropped", tagging.mentionsDropped());
        out.add("mentions", gson.toJsonTree(tagging.mentions()));
        out.add("entities", gson.toJsonTree(tagging.entities()));
        return gson.toJson(out) + "\n";
    }

    private static String notes(String text, Tagging tagging) {
        String notes = "";
        if (tagging.taggedLength() < text.length()) {
            notes += "; only the first " + tagging.taggedLength() + " were tagged (maxTextLength)";
        }
        if (tagging.mentionsDropped() > 0) {
            notes += "; " + tagging.mentionsDropped() + " more mentions left out (maxMentions)";
        }
        return notes;
    }
}
