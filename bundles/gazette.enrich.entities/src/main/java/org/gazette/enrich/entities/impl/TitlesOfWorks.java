package org.gazette.enrich.entities.impl;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import org.gazette.api.model.EntityType;

/**
 * Drops names that are titles of works: films, series, books, songs, paintings, games are neither
 * people, organisations nor places. A title is a capitalised run (with lower-case function words
 * between capitals: "Ghost in the Shell", "Flight of the Phoenix") right after a lower-case noun
 * of a kind of work ("the film Belle", "films like Ghost", "the HBO series Velmont Abbey", "the
 * anime "Ghost in the Shell"", "the novel Tarn's Daughter"), also after the creator's possessive
 * ("films like Ana Orr's Match Point"), or after "starred in" ("she starred in Cry Wolf"); and the
 * runs that continue such a title in a list when each is followed by a year in brackets ("the films
 * Stoker (2013), Belle (2013)") or joined by "and" ("the films New York Minute and House of Wax").
 * Once a title is known, every mention inside one of its occurrences, with its text, or with its
 * words before the first lower-case word ("Ghost" for "Ghost in the Shell") is dropped, and so are
 * entities left without mentions. A person with dates in brackets ("Ann Lee (1890–1950)") has no
 * such cue and stays.
 */
final class TitlesOfWorks {

    /** Lower-case nouns of kinds of works, singular and plural. */
    private static final Set<String> WORK_NOUNS = Set.of("film", "films", "movie", "movies", "novel", "novels",
            "book", "books", "series", "sitcom", "sitcoms", "drama", "dramas", "comedy", "comedies", "thriller",
            "thrillers", "documentary", "documentaries", "album", "albums", "song", "songs", "painting",
            "paintings", "anime", "miniseries", "musical", "musicals", "opera", "operas", "poem", "poems",
            "videogame", "franchise", "episode", "episodes");
    /** Nouns of works that take a title only between quote marks: "her video "How To Sell Bread"". */
    private static final Set<String> QUOTED_WORK_NOUNS = Set.of("video", "videos", "article", "essay", "story",
            "stories", "column", "post", "speech", "lecture", "report", "chapter", "podcast", "blog", "sketch");
    /** Verbs of acting that take a work after "in". */
    private static final Set<String> STAR_VERBS = Set.of("starred", "stars", "starring", "co-starred", "co-stars");
    /** Function words that may stand between the capitalised words of a title. */
    private static final Set<String> INNER_WORDS = Set.of("of", "the", "in", "a", "an", "and", "de", "la", "le", "les",
            "du", "des", "et", "y", "und");
    /**
     * Articles that open a title followed by a year in brackets, when another such title follows in a list:
     * "The Lookout (2007), Belle (2013)"; a name of a person or place does not start with them.
     */
    private static final Set<String> ARTICLE_TITLE_STARTS = Set.of("The", "A", "An");
    /** Verbs that say what the title before them is. */
    private static final Set<String> COPULAS = Set.of("is", "was", "remains");
    /** Function words that may stand in the description of a work: "more than just a series", "the first novel". */
    private static final Set<String> MODIFIERS = Set.of("more", "than", "just", "only", "also", "still", "very", "new",
            "first", "last", "most", "such");
    private static final Set<String> ARTICLES = Set.of("a", "an", "another", "the", "this", "that");
    /** Lower-case words that may follow the work noun of a description: "a film by", "a novel about". */
    private static final Set<String> PHRASE_GOES_ON = Set.of("by", "about", "that", "which", "starring", "directed",
            "written", "released", "set", "based", "from", "in");
    /** Words joining two names in a title ("Jules et Jim"): a name after them may be used in the title. */
    private static final Set<String> JOINING = Set.of("and", "et", "y", "und");
    private static final String OPENING_QUOTES = "\"“‘'";
    /** Words in a title at most. */
    private static final int MAX_TITLE = 10;

    private final Lexicon lexicon;
    private final List<Token> tokens;

    TitlesOfWorks(Lexicon lexicon, List<Token> tokens) {
        this.lexicon = lexicon;
        this.tokens = tokens;
    }

    /** @param groups the resolved entities; mentions of titles are removed, and entities left empty */
    void drop(List<Group> groups) {
        boolean[] inTitle = new boolean[tokens.size()];
        Set<String> names = new HashSet<>();
        for (int[] title : cuedTitles()) {
            names.add(Token.joined(tokens, title[0], title[1]));
            int head = headEnd(title[0], title[1]);
            if (head < title[1] && lexicon.phrase(tokens, title[0], head, false) == null
                    && !lexicon.isFirstName(tokens.get(title[0]).text)) {
                names.add(Token.joined(tokens, title[0], head));
            }
        }
        if (names.isEmpty()) {
            return;
        }
        markOccurrences(names, inTitle);
        for (Iterator<Group> it = groups.iterator(); it.hasNext();) {
            Group g = it.next();
            g.members.removeIf(c -> names.contains(c.surface) || inside(c, inTitle) && !namedInTitle(c, inTitle));
            if (g.members.isEmpty()) {
                it.remove();
            }
        }
    }

    /**
     * A known name or a person inside a longer title, not after a lower-case word other than "and", is a
     * name used in it: "New York" in "New York Minute", "Jules" in "Jules et Jim", "America" in "To Renew
     * America"; not "the Phoenix" in "Flight of the Phoenix", nor "Kings" in "Tarrow of Kings".
     */
    private boolean namedInTitle(Candidate c, boolean[] inTitle) {
        if (c.from > 0 && inTitle[c.from - 1] && tokens.get(c.from - 1).shape == Token.Shape.LOWER && !JOINING.contains(tokens.get(c.from - 1).text)) {
            return false;
        }
        return c.known != null || lexicon.phrase(tokens, c.from, c.to, false) != null
                || c.type == EntityType.PERSON && lexicon.isFirstName(tokens.get(c.from).text);
    }

    private static boolean inside(Candidate c, boolean[] inTitle) {
        for (int k = c.from; k < c.to; k++) {
            if (!inTitle[k]) {
                return false;
            }
        }
        return true;
    }

    /** Spans [from, to) of titles with a cue before them, and of the titles listed after those. */
    List<int[]> cuedTitles() {
        List<int[]> titles = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            int start = afterCue(i);
            boolean byYear = start < 0 && ARTICLE_TITLE_STARTS.contains(tokens.get(i).text);
            if (byYear) {
                start = i;
            }
            if (start < 0) {
                continue;
            }
            int end = titleEnd(start);
            if (end <= start + (byYear ? 1 : 0)) {
                continue;
            }
            List<int[]> found = new ArrayList<>();
            found.add(new int[] {start, end});
            boolean yearAfter = yearInBrackets(end);
            int next = yearAfter ? end + 3 : end;
            while (true) {
                int listed = listedTitle(next, yearAfter);
                if (listed < 0) {
                    break;
                }
                int listedEnd = titleEnd(listed);
                if (listedEnd <= listed || !yearAfter && !tokens.get(listed - 1).is("and")) {
                    break;
                }
                boolean listedYear = yearInBrackets(listedEnd);
                if (yearAfter && !listedYear) {
                    break;
                }
                found.add(new int[] {listed, listedEnd});
                next = listedYear ? listedEnd + 3 : listedEnd;
            }
            if (!byYear || yearAfter && found.size() > 1) {
                titles.addAll(found);
                i = end - 1;
            }
        }
        for (int i = 1; i < tokens.size(); i++) {
            if (describedAsWork(i)) {
                int start = titleStart(i);
                if (start < i) {
                    titles.add(new int[] {start, i});
                }
            }
        }
        return titles;
    }

    /**
     * After the title at i: a comma or a copula, an article (after "more than just" and the like, nothing
     * else: not "Koru Tanabe, wrote a novel") and up to five lower-case words ending in
     * a work noun that ends the phrase (", another horror film,", " is more than just a television
     * series."); not a noun of a person ("a film director"), nor a phrase with a preposition ("was
     * the star of the film").
     */
    private boolean describedAsWork(int i) {
        Token t = tokens.get(i);
        if (!(t.isPunct(',') || t.shape == Token.Shape.LOWER && COPULAS.contains(t.text)) || !tokens.get(i - 1).isCapital()) {
            return false;
        }
        int k = i + 1;
        boolean article = false;
        for (int words = 0; k < tokens.size() && words < 6; words++, k++) {
            Token w = tokens.get(k);
            if (w.shape != Token.Shape.LOWER
                    || NameWords.isFunctionWord(w.text) && !ARTICLES.contains(w.text) && !MODIFIERS.contains(w.text)) {
                return false;
            }
            if (!article && !ARTICLES.contains(w.text) && !MODIFIERS.contains(w.text)) {
                return false;
            }
            article |= ARTICLES.contains(w.text);
            if (article && WORK_NOUNS.contains(w.text)) {
                Token next = k + 1 < tokens.size() ? tokens.get(k + 1) : null;
                return next == null || next.shape != Token.Shape.LOWER && next.shape != Token.Shape.POSSESSIVE
                        || PHRASE_GOES_ON.contains(next.text);
            }
        }
        return false;
    }

    /** The first token of the capitalised run (with function words between capitals) that ends before i. */
    private int titleStart(int i) {
        int start = i;
        int k = i - 1;
        while (k >= 0 && i - k <= MAX_TITLE) {
            Token t = tokens.get(k);
            if (t.isCapital() || t.shape == Token.Shape.NUMBER && k < i - 1) {
                start = k;
                if (t.sentenceStart) {
                    break;
                }
            } else if (!(t.shape == Token.Shape.LOWER && INNER_WORDS.contains(t.text) && k > 0 && tokens.get(k - 1).isCapital())) {
                break;
            }
            k--;
        }
        return start;
    }

    /** The first token of a title cued at {@code i}, or -1: a work noun or "starred in" at i, then the title. */
    private int afterCue(int i) {
        Token t = tokens.get(i);
        int k;
        if (t.shape == Token.Shape.LOWER && WORK_NOUNS.contains(t.text)) {
            k = i + 1;
            if (k + 1 < tokens.size() && tokens.get(k).is("like")) {
                k++;
            } else if (k + 2 < tokens.size() && tokens.get(k).is("such") && tokens.get(k + 1).is("as")) {
                k += 2;
            }
        } else if (t.shape == Token.Shape.LOWER && STAR_VERBS.contains(t.text) && i + 1 < tokens.size()
                && tokens.get(i + 1).is("in")) {
            k = i + 2;
        } else if (t.shape == Token.Shape.LOWER && QUOTED_WORK_NOUNS.contains(t.text) && i + 1 < tokens.size()
                && isOpeningQuote(tokens.get(i + 1))) {
            k = i + 1;
        } else {
            return -1;
        }
        boolean quoted = k < tokens.size() && isOpeningQuote(tokens.get(k));
        if (quoted) {
            k++;
        }
        int possessor = k;
        while (possessor < tokens.size() && possessor - k < 4 && tokens.get(possessor).isCapital()) {
            possessor++;
        }
        if (possessor > k && possessor + 1 < tokens.size() && tokens.get(possessor).shape == Token.Shape.POSSESSIVE
                && tokens.get(possessor + 1).isCapital()) {
            k = possessor + 1;
        }
        return k < tokens.size() && tokens.get(k).isCapital() && (quoted || !tokens.get(k).sentenceStart) ? k : -1;
    }

    private static boolean isOpeningQuote(Token t) {
        return t.shape == Token.Shape.PUNCT && OPENING_QUOTES.indexOf(t.text.charAt(0)) >= 0;
    }

    /** The end of the title starting at a capitalised word: capitals, numbers, and function words between capitals. */
    private int titleEnd(int start) {
        int end = start;
        int k = start;
        while (k < tokens.size() && k - start < MAX_TITLE) {
            Token t = tokens.get(k);
            if (t.isCapital() || t.shape == Token.Shape.NUMBER && k > start) {
                end = ++k;
            } else if (t.shape == Token.Shape.LOWER && INNER_WORDS.contains(t.text) && k > start) {
                k++;
            } else {
                break;
            }
            if (k < tokens.size() && tokens.get(k).sentenceStart) {
                break;
            }
        }
        return end;
    }

    /** "(2013)" at i. */
    private boolean yearInBrackets(int i) {
        return i + 2 < tokens.size() && tokens.get(i).isPunct('(') && tokens.get(i + 2).isPunct(')')
                && tokens.get(i + 1).text.matches("(1[89]|20)\\d\\d");
    }

    /** The start of the next title in a list at i (", X", " and X", ", and X"), or -1. */
    private int listedTitle(int i, boolean comma) {
        int k = i;
        if (k < tokens.size() && tokens.get(k).isPunct(',') && comma) {
            k++;
        }
        if (k < tokens.size() && tokens.get(k).is("and")) {
            k++;
        }
        if (k == i || k >= tokens.size()) {
            return -1;
        }
        Token t = tokens.get(k);
        return t.isCapital() && !t.sentenceStart ? k : -1;
    }

    /** Marks every occurrence in the text of the names' token sequences. */
    private void markOccurrences(Set<String> names, boolean[] inTitle) {
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.get(i).isCapital()) {
                continue;
            }
            int end = titleEnd(i);
            for (int to = end; to > i; to--) {
                if (names.contains(Token.joined(tokens, i, to))) {
                    for (int k = i; k < to; k++) {
                        inTitle[k] = true;
                    }
                    break;
                }
            }
        }
    }

    /** The end of the words before the first lower-case word: "Ghost" of "Ghost in the Shell". */
    private int headEnd(int from, int to) {
        int k = from;
        while (k < to && tokens.get(k).shape != Token.Shape.LOWER) {
            k++;
        }
        return k;
    }
}
