package org.gazette.enrich.entities.impl;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.gazette.api.model.EntityType;

/**
 * A newspaper, magazine or news site written with a capital "The" that one of its occurrences shows
 * to be one: "told The Kestrel", "according to The Kestrel", "remarked to The Kestrel", "a columnist for The Daily Lark", "in an
 * interview with The Kestrel", "an article in The Lark", or a verb of reporting after it ("The Kestrel reported", "The Lark
 * revealed"). The mention is the name after "The" ("The ⟦Kestrel⟧"), and every untagged "The Kestrel"
 * in the text is then that organisation. Only where no mention is yet; not a title or role ("The
 * President reported"), nor a run that opens with a function word or holds a digit.
 */
final class ThePublications {

    /** Verbs of telling before "The": "told The Kestrel". */
    private static final Set<String> TOLD = Set.of("told", "tells", "telling", "tell");
    /** Verbs of speaking before "to": "remarked to The Kestrel", "spoke to The Lark". */
    private static final Set<String> SPOKE = Set.of("remarked", "spoke", "speaking", "talked", "talking", "explained",
            "confirmed", "admitted", "said", "says");
    /** People of a publication before "for", "at" or "of": "a columnist for The Lark". */
    private static final Set<String> STAFF = Set.of("editor", "editors", "writer", "writers", "columnist", "columnists",
            "reporter", "reporters", "correspondent", "correspondents", "journalist", "journalists", "contributor",
            "publisher", "wrote", "writes", "writing", "write", "staff", "critic");
    /** Verbs before "by": "reported by The Kestrel", "obtained by The Lark". */
    private static final Set<String> DONE_BY = Set.of("published", "reported", "obtained", "quoted", "interviewed");
    /** Words before "in" that speak of a text printed in a publication: "an article in The Kestrel", "wrote in The Lark". */
    private static final Set<String> PRINTED_IN = Set.of("published", "wrote", "writes", "written", "writing", "column",
            "article", "articles", "editorial", "op-ed", "report", "reported", "quoted", "interview", "letter", "piece");
    /** Verbs of reporting after the name: "The Kestrel reported". */
    private static final Set<String> REPORTS = Set.of("reported", "reports", "revealed", "reveals", "quoted", "quotes",
            "published", "publishes", "broke");
    /** Words at most in the name after "The". */
    private static final int MAX_WORDS = 4;

    private final Lexicon lexicon;
    private final List<Token> tokens;

    ThePublications(Lexicon lexicon, List<Token> tokens) {
        this.lexicon = lexicon;
        this.tokens = tokens;
    }

    void add(AddedNames added) {
        Map<String, List<int[]>> places = new LinkedHashMap<>();
        Map<String, Boolean> cued = new LinkedHashMap<>();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Token the = tokens.get(i);
            if (!the.text.equals("The") || the.caseless) {
                continue;
            }
            int end = nameEnd(i + 1);
            if (end <= i + 1 || !added.free(i + 1, end)) {
                continue;
            }
            String name = added.surface(i + 1, end);
            places.computeIfAbsent(name, k -> new ArrayList<>()).add(new int[] {i + 1, end});
            if (cueBefore(i) || cueAfter(end)) {
                cued.put(name, true);
            }
        }
        for (Map.Entry<String, List<int[]>> e : places.entrySet()) {
            if (cued.containsKey(e.getKey())) {
                for (int[] span : e.getValue()) {
                    added.add(span[0], span[1], EntityType.ORGANIZATION, e.getKey(), 0.5);
                }
            }
        }
    }

    /** @return the end of the capitalised words after "The" that may name a publication, or {@code from} */
    private int nameEnd(int from) {
        int k = from;
        while (k < tokens.size() && k - from < MAX_WORDS) {
            Token t = tokens.get(k);
            if (!t.isCapital() || t.caseless || k > from && t.sentenceStart || !t.text.chars().allMatch(Character::isLetter)
                    || NameWords.isFunctionWord(t.text.toLowerCase(Locale.ROOT)) || lexicon.isRole(t.text)) {
                break;
            }
            k++;
        }
        if (k == from || k < tokens.size() && tokens.get(k).isCapital() && !tokens.get(k).sentenceStart) {
            return from; // a longer run, a title or role: not taken
        }
        return k;
    }

    private boolean cueBefore(int the) {
        if (the < 1) {
            return false;
        }
        String w1 = tokens.get(the - 1).text.toLowerCase(Locale.ROOT);
        String w2 = the >= 2 ? tokens.get(the - 2).text.toLowerCase(Locale.ROOT) : "";
        return TOLD.contains(w1) || w1.equals("to") && (w2.equals("according") || SPOKE.contains(w2))
                || (w1.equals("for") || w1.equals("at") || w1.equals("of")) && STAFF.contains(w2)
                || w1.equals("with") && w2.equals("interview") || w1.equals("by") && DONE_BY.contains(w2)
                || w1.equals("in") && PRINTED_IN.contains(w2);
    }

    private boolean cueAfter(int end) {
        return end < tokens.size() && tokens.get(end).shape == Token.Shape.LOWER && REPORTS.contains(tokens.get(end).text);
    }
}
