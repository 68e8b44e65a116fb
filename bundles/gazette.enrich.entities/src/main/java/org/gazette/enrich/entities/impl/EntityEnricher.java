package org.gazette.enrich.entities.impl;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.gazette.api.Enricher;
import org.gazette.api.StageProperties;
import org.gazette.api.model.Article;
import org.gazette.api.model.EntityType;
import org.gazette.api.model.Enrichment;
import org.gazette.api.state.StateException;
import org.gazette.api.state.StateStore;
import org.gazette.support.InvalidPropertyException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The entity tagger as an {@link Enricher}: mentions of people, organisations, places, dates,
 * money and percentages in {@link Article#text}, and the canonical entities they refer to. When a
 * {@link StateStore} is present (it may come and go), entities are also recorded in its
 * {@value #NAMESPACE} namespace ({@link EntityRegistry}).
 */
@Component(
        configurationPid = EntityEnricher.PID,
        service = Enricher.class,
        property = {StageProperties.ENRICHER_ORDER + ":Integer=100", StageProperties.NAME + "=entities"})
@Designate(ocd = EntityEnricher.Config.class)
public class EntityEnricher implements Enricher {

    /** The configuration PID. */
    public static final String PID = "org.gazette.enrich.entities";
    /** The state store namespace of the registry. */
    static final String NAMESPACE = "entities";
    static final int MAX_TEXT_LENGTH_LIMIT = 100_000_000;
    static final int MAX_REGISTRY_ARTICLES = 100_000;

    /** Configuration of the entity tagger. */
    @ObjectClassDefinition(name = "Gazette entity tagger",
            description = "Tags people, organisations, places, dates, money and percentages and resolves names to entities.")
    @interface Config {

        @AttributeDefinition(name = "Types", description = "Types to tag: PERSON, ORGANIZATION, LOCATION, DATE, MONEY, PERCENT.")
        String[] types() default {"PERSON", "ORGANIZATION", "LOCATION", "DATE", "MONEY", "PERCENT"};

        @AttributeDefinition(name = "Longest text", description = "Characters tagged at most (1 to 100000000); the rest of a longer text is not tagged and the article notes it.")
        int maxTextLength() default 2_000_000;

        @AttributeDefinition(name = "Most mentions", description = "Mentions added to one article at most (1 or more); the first ones in the text are kept.")
        int maxMentions() default 20_000;

        @AttributeDefinition(name = "Nested places", description = "Also tag places named inside organisation names (\"University of Paris\"), as nested mentions.")
        boolean nestedPlaces() default true;

        @AttributeDefinition(name = "Registry", description = "Record entities across articles in the state store (namespace 'entities') when one is present.")
        boolean registry() default true;

        @AttributeDefinition(name = "Aliases kept", description = "Aliases the registry keeps per entity (0 to 1000).")
        int registryAliases() default 50;

        @AttributeDefinition(name = "Articles kept", description = "Latest articles the registry keeps per entity, for gazette:entity (0 to 100000; 0 keeps only the count).")
        int registryArticles() default 1000;

        @AttributeDefinition(name = "Enricher order", description = "Position in the enricher chain (lower runs first).")
        int gazette_enricher_order() default 100;
    }

    private final EntityTagger tagger;
    private final boolean registryEnabled;
    private final int registryAliases;
    private final int registryArticles;
    private final Clock clock;
    private final Logger log;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile StateStore store;

    /**
     * @param config the configuration
     * @param log the logger
     * @throws InvalidPropertyException when a property has a value that cannot be used
     */
    @Activate
    public EntityEnricher(Config config, @Reference(service = LoggerFactory.class) Logger log) {
        this(config, new EntityTagger(settings(config)), log);
    }

    EntityEnricher(Config config, EntityTagger tagger, Logger log) {
        this(config, tagger, Clock.systemUTC(), log);
    }

    EntityEnricher(Config config, EntityTagger tagger, Clock clock, Logger log) {
        settings(config);
        if (config.registryAliases() < 0 || config.registryAliases() > 1000) {
            throw new InvalidPropertyException("registryAliases", "must be between 0 and 1000, not " + config.registryAliases());
        }
        if (config.registryArticles() < 0 || config.registryArticles() > MAX_REGISTRY_ARTICLES) {
            throw new InvalidPropertyException("registryArticles", "must be between 0 and " + MAX_REGISTRY_ARTICLES
                    + ", not " + config.registryArticles());
        }
        this.tagger = tagger;
        this.registryEnabled = config.registry();
        this.registryAliases = config.registryAliases();
        this.registryArticles = config.registryArticles();
        this.clock = clock;
        this.log = log;
    }

    /** @return the tagger settings of a configuration, checked */
    static TaggerSettings settings(Config config) {
        if (config.maxTextLength() < 1 || config.maxTextLength() > MAX_TEXT_LENGTH_LIMIT) {
            throw new InvalidPropertyException("maxTextLength", "must be between 1 and " + MAX_TEXT_LENGTH_LIMIT
                    + ", not " + config.maxTextLength());
        }
        if (config.maxMentions() < 1) {
            throw new InvalidPropertyException("maxMentions", "must be 1 or more, not " + config.maxMentions());
        }
        Set<EntityType> types = EnumSet.noneOf(EntityType.class);
        for (String t : config.types() == null ? new String[0] : config.types()) {
            if (t == null || t.isBlank()) {
                continue;
            }
            try {
                EntityType type = EntityType.valueOf(t.trim().toUpperCase(Locale.ROOT));
                if (type == EntityType.OTHER) {
                    throw new IllegalArgumentException();
                }
                types.add(type);
            } catch (IllegalArgumentException e) {
                throw new InvalidPropertyException("types", "'" + t + "' is not one of PERSON, ORGANIZATION, LOCATION, DATE, MONEY, PERCENT");
            }
        }
        if (types.isEmpty()) {
            throw new InvalidPropertyException("types", "names no type to tag");
        }
        TaggerSettings d = TaggerSettings.defaults();
        return new TaggerSettings(config.maxTextLength(), config.maxMentions(), d.maxWordLength(), types,
                d.singleUnknownAsPerson(), config.nestedPlaces());
    }

    @Override
    public Enrichment enrich(Article article) {
        Enrichment enrichment = new Enrichment();
        if (article == null || article.text == null || article.text.isEmpty()) {
            return enrichment;
        }
        Tagging tagging = tagger.tag(article.text, published(article.published));
        enrichment.mentions = tagging.mentions();
        enrichment.entities = tagging.entities();
        Map<String, String> notes = new HashMap<>();
        if (tagging.taggedLength() < article.text.length()) {
            notes.put("entities.truncated", "tagged the first " + tagging.taggedLength() + " of "
                    + article.text.length() + " characters (maxTextLength)");
        }
        if (tagging.mentionsDropped() > 0) {
            notes.put("entities.dropped", tagging.mentionsDropped() + " mentions over maxMentions left out");
        }
        StateStore current = store;
        if (registryEnabled && current != null && !tagging.entities().isEmpty()) {
            try {
                EntityRegistry registry = new EntityRegistry(current.namespace(NAMESPACE), registryAliases, registryArticles);
                registry.resolveSurnames(tagging.entities(), tagging.mentions());
                registry.record(tagging.entities(), ArticleRef.of(article, clock.instant()));
            } catch (StateException e) {
                log.warn("entity registry unavailable, article {} tagged without it: {}", article.id, e.getMessage());
                notes.put("entities.registry", "unavailable: " + e.getMessage());
            }
        }
        if (!notes.isEmpty()) {
            enrichment.metadata = notes;
        }
        return enrichment;
    }

    /** @return the date of an ISO-8601 date or date-time, or {@code null} */
    static LocalDate published(String published) {
        if (published == null || published.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(published.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
