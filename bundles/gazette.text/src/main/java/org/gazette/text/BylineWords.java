package org.gazette.text;

import java.util.List;

/**
 * The words that bylines are written with, in one place: every rule that reads a byline or the
 * date after it takes its words from here, so that a language added for one rule is known to all
 * (before, each rule kept its own list, and they drifted: Dutch "door" was known to one reader of
 * dates, the Dutch date connector "op" to the byline reader but not to the written dates).
 * <p>
 * The lists are plain lower-case words; the {@code *_PATTERN} strings are their regular expression
 * alternations, without a group, anchors, case flags or separators: each rule keeps its own
 * context around them ("{@code (?iu)^(?:" + BY_PATTERN + ")\\s+}").
 */
public final class BylineWords {

    /**
     * The word that sets the writer's name after it, one per language: English "by", German "von",
     * Spanish and Portuguese "por", French "par", Dutch "door", Swedish, Norwegian and Danish "av", Hebrew "מאת"
     * ("By Jane Doe", "Door Jan de Vries", "Av Erik Lindqvist", "מאת יעל כהן").
     * Italian "di" is apart, see {@link #BY_ITALIAN}.
     */
    public static final List<String> BY = List.of("by", "von", "por", "par", "door", "av", "מאת");
    /**
     * Italian "di" ("di Marco Rossi"): also a surname's particle ("Di Maio") and the common "of" of
     * running text ("Festival di Sanremo"), so taken only as {@link #BY_ROMANIAN} is: in lower case, in a byline
     * element's text, before a name of two or more capitalised words ({@code Bylines.names}); other rules read it
     * only in a byline's context.
     */
    public static final String BY_ITALIAN = "di";
    /**
     * Romanian "de" ("de Andrei Popescu"): also the particle of many surnames ("de Vries", "de la Cruz") and the "of"
     * of Romance running text ("de Paris"), so taken only as {@link #BY_LOOKALIKES} are, and only in lower case.
     */
    public static final String BY_ROMANIAN = "de";
    /**
     * The words of {@link #BY} that open other things as often as bylines: Swedish "av" is also the English "AV"
     * ("Av Club"). {@link Bylines} takes them (and {@link #BY_ROMANIAN}) only in a byline element's text, not on a
     * free line, and only before a name of two or more capitalised words ("Av Erik Lindqvist"): before one word
     * ("Av Club", "de Vries") they are part of the name.
     */
    public static final List<String> BY_LOOKALIKES = List.of("av");
    /**
     * The preposition that sets a date after a name or before a weekday, one per language: English
     * "on", German "am", French "le", Spanish "el", Italian "il", Dutch "op" ("By Jane Doe on
     * March 3, 2024", "Von Jana Roth am 3. März 2024", "op vrijdag 19 december 2025").
     */
    public static final List<String> DATE_CONNECTORS = List.of("on", "am", "le", "el", "il", "op");
    /** The English verbs of a "... by" label: "Written by", "Posted by", "Words by", "Reported by". */
    public static final List<String> WRITTEN_BY_VERBS = List.of("written", "posted", "words", "reported");

    /**
     * The "written by" labels of the other languages, as a regular expression alternation: German "geschrieben von",
     * "verfasst von", French "écrit par", Spanish and Portuguese "escrito por", Italian "scritto da", Dutch "geschreven
     * door" (the English ones are {@link #WRITTEN_BY_VERBS} before "by").
     */
    public static final String WRITTEN_BY_LABEL_PATTERN = "geschrieben\\s+von|verfasst\\s+von|[ée]crit\\s+par|escrito\\s+por"
            + "|scritto\\s+da|geschreven\\s+door";

    /**
     * The nouns that label the author field, in lower case, the plurals where sites print them: English "Author:",
     * "Authors", German "Autor", "Autorin", "Autoren", Spanish and Portuguese "Autor", "Autores", French "Auteur",
     * "Auteurs", Italian "Autore", "Autori", Czech "Autoři", Russian and Ukrainian "Автор", "Авторы", Turkish "Yazar",
     * Hindi "लेखक", Indonesian "Penulis", Vietnamese "Tác giả", Hungarian "Szerző", Persian "نویسنده", and the "Text:"
     * that Russian and Finnish papers set before the writer ("Текст:", "Teksti:"). One list for the rules that read such
     * a label, before a name ({@link Bylines}) or as a line or heading of its own (a label line above the text, a
     * facts box's heading), so that a language added for one is known to all.
     */
    public static final List<String> AUTHOR_LABELS = List.of("author", "authors", "autor", "autorin", "autoren", "autores",
            "auteur", "auteurs", "autore", "autori", "autoři", "автор", "авторы", "yazar", "लेखक", "penulis", "tác giả",
            "szerző", "نویسنده", "текст", "teksti");

    /** {@link #BY} as an alternation: {@code by|von|por|par|door|av|מאת}. */
    public static final String BY_PATTERN = alternation(BY);
    /** {@link #DATE_CONNECTORS} as an alternation: {@code on|am|le|el|il|op}. */
    public static final String DATE_CONNECTOR_PATTERN = alternation(DATE_CONNECTORS);
    /** {@link #AUTHOR_LABELS} as an alternation: {@code author|authors|autor|...|teksti}. */
    public static final String AUTHOR_LABEL_PATTERN = alternation(AUTHOR_LABELS);
    /** {@link #WRITTEN_BY_VERBS} as an alternation: {@code written|posted|words|reported}. */
    public static final String WRITTEN_BY_VERB_PATTERN = alternation(WRITTEN_BY_VERBS);

    private BylineWords() {
    }

    /**
     * @param words plain words, without characters that regular expressions read
     * @return the words as a regular expression alternation, without a group: {@code a|b|c}
     */
    public static String alternation(List<String> words) {
        return String.join("|", words);
    }
}
