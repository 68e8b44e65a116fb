package org.gazette.enrich.entities.impl;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.gazette.api.model.EntityType;
import org.gazette.api.state.KeyValue;
import org.gazette.api.state.StateStore;
import org.gazette.support.InvalidPropertyException;
import org.gazette.support.Sizes;
import org.gazette.support.TextTable;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Console commands of the entity tagger: {@code gazette:tag} tags a text or a file now, with the
 * enricher's configuration (same PID); {@code gazette:entities} and {@code gazette:entity} read the
 * registry the enricher keeps in the state store.
 */
@Component(service = EntityCommands.class, configurationPid = EntityEnricher.PID, property = {
        "osgi.command.scope=gazette",
        "osgi.command.function=tag", "osgi.command.function=entities", "osgi.command.function=entity"})
public final class EntityCommands {

    static final List<EntityType> REGISTRY_TYPES = List.of(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.LOCATION);
    private static final int MAX_TOP = 10_000;

    private final TaggerSettings settings;
    private final int registryAliases;
    private final int registryArticles;
    private final boolean registryEnabled;
    private final TagReport report = new TagReport();
    private EntityTagger tagger;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile StateStore store;

    /**
     * @param config the entity tagger's configuration
     * @throws InvalidPropertyException when a property has a value that cannot be used
     */
    @Activate
    public EntityCommands(EntityEnricher.Config config) {
        this.settings = EntityEnricher.settings(config);
        this.registryAliases = config.registryAliases();
        this.registryArticles = config.registryArticles();
        this.registryEnabled = config.registry();
    }

    /** The gazetteers are loaded on first use, not when the console starts. */
    private synchronized EntityTagger tagger() {
        if (tagger == null) {
            tagger = new EntityTagger(settings);
        }
        return tagger;
    }

    @Descriptor("Tag a text, or a UTF-8 file as it is (with --json or --file), and print its mentions and entities")
    public String tag(
            @Descriptor("print JSON with the exporter's field names; the argument is then a FILE") @Parameter(names = {"-j", "--json"}, presentValue = "true", absentValue = "false") boolean json,
            @Descriptor("tag this file's text (UTF-8, verbatim: offsets are the file's characters)") @Parameter(names = {"-f", "--file"}, absentValue = "") String file,
            @Descriptor("publication date that relative dates refer to, YYYY-MM-DD") @Parameter(names = {"-d", "--date"}, absentValue = "") String date,
            @Descriptor("largest file read, e.g. 512KB or 10MB") @Parameter(names = "--max-size", absentValue = "10MB") String maxSize,
            @Descriptor("the text (with --json: one FILE)") String... words) throws IOException {
        String path = file.isBlank() ? null : file;
        if (path != null && words.length > 0) {
            throw new IllegalArgumentException("give either --file FILE or a text, not both");
        }
        if (path == null && json) {
            if (words.length != 1) {
                throw new IllegalArgumentException("usage: tag --json FILE (one file; for a text, leave out --json)");
            }
            path = words[0];
        }
        if (path == null && String.join("", words).isBlank()) {
            throw new IllegalArgumentException("usage: tag \"some text\" | tag --json FILE | tag --file FILE");
        }
        LocalDate published = date(date);
        String text = path != null ? TextFile.read(path, size(maxSize)) : String.join(" ", words);
        Tagging tagging = tagger().tag(text, published);
        KeyValue kv = registry();
        if (kv != null && !tagging.entities().isEmpty()) {
            new EntityRegistry(kv, registryAliases, registryArticles).resolveSurnames(tagging.entities(), tagging.mentions());
        }
        return json ? report.json(path, text, tagging) : report.table(text, tagging);
    }

    @Descriptor("List the entities of the registry, most mentioned first (mentions: articles that name them)")
    public String entities(
            @Descriptor("only this type: PERSON, ORGANIZATION or LOCATION") @Parameter(names = {"-t", "--type"}, absentValue = "") String type,
            @Descriptor("how many to list") @Parameter(names = {"-n", "--top"}, absentValue = "20") String top,
            @Descriptor("entities read from the registry at most per type") @Parameter(names = "--scan", absentValue = "100000") String scan) {
        List<EntityType> types = type.isBlank() ? REGISTRY_TYPES : List.of(type(type));
        int n = positive("--top", top, MAX_TOP);
        int most = positive("--scan", scan, Integer.MAX_VALUE - 1);
        KeyValue kv = requireRegistry();
        EntityRegistry registry = new EntityRegistry(kv, registryAliases, registryArticles);
        EntityListing.Result result = new EntityListing(kv, registry).top(types, n, most);
        String what = type.isBlank() ? "entities" : types.get(0).name().toLowerCase(Locale.ROOT) + " entities";
        if (result.total() == 0) {
            return "No " + what + " in the registry yet" + (registryEnabled ? "" : " (registry=false: the enricher records nothing)") + ".\n";
        }
        StringBuilder sb = new StringBuilder();
        sb.append(result.total()).append(' ').append(what).append(" in the registry");
        if (result.incomplete()) {
            sb.append(" (counted the first ").append(most).append(" of each type in id order: --scan)");
        }
        sb.append("; the ").append(result.top().size()).append(" most mentioned:\n");
        TextTable t = new TextTable("ARTICLES", "ID", "TYPE", "NAME", "ALIASES").blank("");
        for (EntityRegistry.Record r : result.top()) {
            t.row(r.articles, r.id, r.type, r.name, aliases(r.aliases, 8));
        }
        return sb.append(t).toString();
    }

    @Descriptor("Show one entity of the registry and the latest articles that mention it")
    public String entity(
            @Descriptor("articles listed at most") @Parameter(names = {"-n", "--limit"}, absentValue = "20") String limit,
            @Descriptor("entity id (person:kim-jong-un) or a name") String... idOrName) {
        String wanted = String.join(" ", idOrName).strip();
        if (wanted.isEmpty()) {
            throw new IllegalArgumentException("usage: entity ID, e.g. entity person:kim-jong-un (see gazette:entities)");
        }
        int n = positive("--limit", limit, EntityEnricher.MAX_REGISTRY_ARTICLES);
        EntityRegistry registry = new EntityRegistry(requireRegistry(), registryAliases, registryArticles);
        EntityRegistry.Record r = registry.find(wanted);
        if (r == null) {
            throw new IllegalArgumentException("no entity '" + wanted + "' in the registry (see gazette:entities for ids)");
        }
        StringBuilder sb = new StringBuilder();
        line(sb, "id", r.id);
        line(sb, "name", r.name);
        line(sb, "type", r.type);
        line(sb, "aliases", r.aliases.isEmpty() ? "none" : String.join(", ", r.aliases));
        line(sb, "articles", String.valueOf(r.articles));
        line(sb, "first seen", r.firstSeen == null ? "unknown" : r.firstSeen);
        line(sb, "last seen", r.lastSeen == null ? "unknown" : r.lastSeen);
        List<ArticleRef> refs = registry.articles(r, n);
        if (refs.isEmpty()) {
            return sb.append("No article references kept").append(registryArticles == 0 ? " (registryArticles=0)" : "").append(".\n").toString();
        }
        sb.append('\n').append(refs.size() < r.articles ? "The latest " + refs.size() + " articles" : "Articles").append(", newest first:\n");
        TextTable t = new TextTable("SEEN", "PUBLISHED", "ARTICLE", "TITLE", "URL").blank("");
        for (ArticleRef a : refs) {
            t.row(a.seen, a.published, a.id, a.title, a.url);
        }
        return sb.append(t).toString();
    }

    private KeyValue registry() {
        StateStore current = store;
        return current == null ? null : current.namespace(EntityEnricher.NAMESPACE);
    }

    private KeyValue requireRegistry() {
        KeyValue kv = registry();
        if (kv == null) {
            throw new IllegalStateException("no state store: the entity registry lives in it (install the state feature)");
        }
        return kv;
    }

    static EntityType type(String value) {
        String t = value.strip().toUpperCase(Locale.ROOT);
        for (EntityType type : REGISTRY_TYPES) {
            if (type.name().equals(t) || t.length() >= 3 && type.name().startsWith(t)) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown type '" + value + "': the registry has PERSON, ORGANIZATION and LOCATION entities");
    }

    static int positive(String option, String value, int max) {
        int n;
        try {
            n = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " '" + value + "' is not a number");
        }
        if (n < 1 || n > max) {
            throw new IllegalArgumentException(option + " must be between 1 and " + max + ", not " + n);
        }
        return n;
    }

    private static LocalDate date(String value) {
        if (value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--date '" + value + "' is not a date (write YYYY-MM-DD)");
        }
    }

    private static long size(String value) {
        try {
            return Sizes.parse("--max-size", value);
        } catch (InvalidPropertyException e) {
            throw new IllegalArgumentException("--max-size '" + value + "' is not a size (write 512KB or 10MB)");
        }
    }

    private static String aliases(List<String> aliases, int shown) {
        if (aliases == null || aliases.isEmpty()) {
            return "";
        }
        List<String> first = new ArrayList<>(aliases.subList(0, Math.min(shown, aliases.size())));
        return String.join(", ", first) + (aliases.size() > shown ? " (+" + (aliases.size() - shown) + ")" : "");
    }

    private static void line(StringBuilder sb, String label, String value) {
        sb.append(String.format("%-11s %s\n", label, value));
    }
}
