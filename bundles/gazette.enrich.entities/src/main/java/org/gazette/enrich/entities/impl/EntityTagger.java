package org.gazette.enrich.entities.impl;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.gazette.api.model.Entity;
import org.gazette.api.model.EntityType;
import org.gazette.api.model.Mention;

/**
 * Tags people, organisations, places, dates, money and percentages in a text and resolves the
 * names to canonical entities. Plain Java, no OSGi: the enricher, the console and the evaluation
 * tool all use it. Thread-safe: every call works on its own state; the {@link Lexicon} is
 * immutable.
 *
 * <p>One pass finds tokens; a second finds dates and amounts, and runs of capitalised words with
 * the evidence around them; {@link Resolver} then types and joins the names over the whole text,
 * and {@link CaselessMatcher} finds the known names in headlines written in capitals. Time is
 * linear in the text length, which is bounded by {@link TaggerSettings#maxTextLength()}.
 */
public final class EntityTagger {

    private static final Set<String> FUTURE = Set.of("will", "shall", "next", "upcoming", "scheduled", "expected",
            "plans", "planned", "due", "tomorrow", "going", "later", "coming");
    /** Words before a future word that put it in the past: "was scheduled", "were expected", "had planned". */
    private static final Set<String> PAST_BEFORE_FUTURE = Set.of("was", "were", "had", "been");
    /** Words after "due to" that make it a cause, not a time to come: "due to the storm", "due to its cost". */
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "his", "her", "its", "their", "our", "my",
            "your", "this", "that", "these", "those", "high", "low", "poor", "bad", "heavy", "lack");

    private final Lexicon lexicon;
    private final TaggerSettings settings;
    private final Tokenizer tokenizer;

    /**
     * @param settings the limits and choices
     * @throws java.io.UncheckedIOException when the bundled gazetteers cannot be read
     */
    public EntityTagger(TaggerSettings settings) {
        this(Lexicon.load(), settings);
    }

    EntityTagger(Lexicon lexicon, TaggerSettings settings) {
        this.lexicon = lexicon;
        this.settings = settings;
        this.tokenizer = new Tokenizer(settings.maxWordLength());
    }

    /** @return the number of gazetteer phrases, names and words loaded */
    public int lexiconSize() {
        return lexicon.size();
    }

    /**
     * @param text the text; {@code null} is taken as empty
     * @param published the publication date that relative dates refer to, or {@code null}
     * @return the mentions and entities
     */
    public Tagging tag(String text, LocalDate published) {
        if (text == null || text.isEmpty()) {
            return new Tagging(List.of(), List.of(), 0, 0);
        }
        int limit = limit(text);
        List<Token> tokens = tokenizer.tokenize(text, limit);
        LineCase.mark(tokens);
        Set<String> lowerInText = lowerWords(tokens);
        new TitleCaseLines(lexicon, lowerInText).mark(tokens);
        boolean[] future = futureSentences(tokens);
        NameFinder finder = new NameFinder(lexicon, tokens, lowerInText);
        DateFinder dates = new DateFinder(published);
        AmountFinder amounts = new AmountFinder();
        List<Mention> mentions = new ArrayList<>();
        List<Candidate> candidates = new ArrayList<>();
        Set<EntityType> types = settings.types();
        boolean wantDates = types.contains(EntityType.DATE);
        boolean wantAmounts = types.contains(EntityType.MONEY) || types.contains(EntityType.PERCENT);
        int i = 0;
        while (i < tokens.size()) {
            if (wantDates) {
                DateFinder.Match date = dates.match(tokens, i, future[i]);
                if (date != null) {
                    mentions.add(mention(text, tokens, i, i + date.length(), EntityType.DATE, date.confidence(), date.value(), null));
                    i += date.length();
                    continue;
                }
            }
            if (wantAmounts) {
                AmountFinder.Match amount = amounts.match(tokens, i);
                if (amount != null) {
                    if (types.contains(amount.type())) {
                        mentions.add(mention(text, tokens, i, i + amount.length(), amount.type(), 0.9, amount.value(), null));
                    }
                    i += amount.length();
                    continue;
                }
            }
            NameFinder.Step step = finder.at(i, tokens.size());
            if (step.candidate() != null) {
                candidates.add(step.candidate());
            }
            i = step.next();
        }
        List<Group> groups = new Resolver(lexicon, tokens, finder, settings.singleUnknownAsPerson()).resolve(candidates);
        new ResolvedNamePasses(lexicon, tokens, lowerInText, settings.nestedPlaces()).run(groups);
        List<Entity> entities = new ArrayList<>();
        for (Group g : groups) {
            if (!types.contains(g.type)) {
                continue;
            }
            String id = g.registryId != null ? g.registryId : EntityIds.of(g.type, g.canonical);
            entities.add(entity(id, g));
            for (Candidate c : g.members) {
                mentions.add(mention(text, tokens, c.spanFrom, c.to, g.type, c.confidence, null, id));
            }
        }
        mentions.sort(Comparator.comparingInt((Mention m) -> m.start).thenComparingInt(m -> -m.end));
        int dropped = Math.max(0, mentions.size() - settings.maxMentions());
        List<Mention> kept = dropped > 0 ? new ArrayList<>(mentions.subList(0, settings.maxMentions())) : mentions;
        if (dropped > 0) {
            Set<String> used = new HashSet<>();
            kept.forEach(m -> used.add(m.entityId));
            entities.removeIf(e -> !used.contains(e.id));
        }
        return new Tagging(kept, entities, limit, dropped);
    }

    /** The text is tagged up to the limit, cut at whitespace so that no word is split. */
    private int limit(String text) {
        if (text.length() <= settings.maxTextLength()) {
            return text.length();
        }
        int limit = settings.maxTextLength();
        int floor = Math.max(0, limit - 1000);
        while (limit > floor && !Character.isWhitespace(text.charAt(limit))) {
            limit--;
        }
        return limit > floor ? limit : settings.maxTextLength();
    }

    /** Words written in lower case in the text, not counting parts of e-mail addresses and host names ("jane.doe@acme.org"). */
    private static Set<String> lowerWords(List<Token> tokens) {
        Set<String> lower = new HashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.shape == Token.Shape.LOWER && t.text.length() > 1 && !inAddress(tokens, i)) {
                lower.add(t.text);
            }
        }
        return lower;
    }

    /** The token touches "@", or a "." that touches another word: part of an address. */
    private static boolean inAddress(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (i + 2 < tokens.size()) {
            Token next = tokens.get(i + 1);
            if (next.start == t.end && (next.isPunct('@') || next.isPunct('.') && tokens.get(i + 2).start == next.end)) {
                return true;
            }
        }
        if (i >= 2) {
            Token before = tokens.get(i - 1);
            return before.end == t.start && (before.isPunct('@') || before.isPunct('.') && tokens.get(i - 2).end == before.start);
        }
        return false;
    }

    /** Per token: whether its sentence speaks of the future. */
    private static boolean[] futureSentences(List<Token> tokens) {
        boolean[] future = new boolean[tokens.size()];
        int from = 0;
        boolean any = false;
        for (int i = 0; i <= tokens.size(); i++) {
            if (i == tokens.size() || i > from && tokens.get(i).sentenceStart) {
                if (any) {
                    for (int k = from; k < i; k++) {
                        future[k] = true;
                    }
                }
                from = i;
                any = false;
            }
            if (i < tokens.size()) {
                Token t = tokens.get(i);
                if (t.shape == Token.Shape.LOWER && (speaksOfFuture(tokens, from, i) || t.text.endsWith("'ll") || t.text.endsWith("’ll"))) {
                    any = true;
                }
            }
        }
        return future;
    }

    /**
     * @return whether token {@code i} is a word of the future: not after a past auxiliary ("was
     *         scheduled", "had planned") and not the "due to" of a cause ("due to the storm")
     */
    private static boolean speaksOfFuture(List<Token> tokens, int sentenceStart, int i) {
        String word = tokens.get(i).text;
        if (!FUTURE.contains(word) || i > sentenceStart && PAST_BEFORE_FUTURE.contains(tokens.get(i - 1).text)) {
            return false;
        }
        return !("due".equals(word) && i + 2 < tokens.size() && tokens.get(i + 1).is("to")
                && DETERMINERS.contains(tokens.get(i + 2).text.toLowerCase(Locale.ROOT)));
    }

    private static Mention mention(String text, List<Token> tokens, int from, int to, EntityType type,
            double confidence, String value, String entityId) {
        Mention m = new Mention();
        m.type = type;
        m.start = tokens.get(from).start;
        m.end = tokens.get(to - 1).end;
        m.text = text.substring(m.start, m.end);
        m.value = value;
        m.confidence = confidence;
        m.entityId = entityId;
        return m;
    }

    private static Entity entity(String id, Group g) {
        Entity e = new Entity();
        e.id = id;
        e.type = g.type;
        e.name = g.canonical;
        Set<String> aliases = new LinkedHashSet<>();
        for (Candidate c : g.members) {
            if (!c.surface.equals(g.canonical) && aliases.size() < 20) {
                aliases.add(c.surface);
            }
        }
        e.aliases = new ArrayList<>(aliases);
        return e;
    }

    @Override
    public String toString() {
        return "EntityTagger" + settings.types().toString().toLowerCase(Locale.ROOT);
    }
}
