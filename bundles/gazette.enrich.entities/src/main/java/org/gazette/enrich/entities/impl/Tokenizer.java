package org.gazette.enrich.entities.impl;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits text into {@link Token}s in one linear pass, without regular expressions. Words keep
 * inner hyphens, apostrophes and ampersands ("Jong-un", "O'Brien", "AT&amp;T"), numbers keep inner
 * separators ("5,000", "3.5", "2007-10-21", "10/21/2007"), initials and dotted abbreviations keep
 * their periods ("J.", "U.S.", "Mr."). A possessive ending becomes its own token ("Putin", "'s").
 * Sentence starts are marked after {@code . ! ?}, at line breaks, after a colon and after an
 * opening quote.
 */
final class Tokenizer {

    /** Abbreviations whose period belongs to the word and does not end a sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "Mr", "Mrs", "Ms", "Mlle", "Mme", "Dr", "Prof", "Sr", "Jr", "St", "Mt", "Ft", "Gen", "Sen", "Rep", "Gov", "Lt",
            "Col", "Capt", "Sgt", "Maj", "Adm", "Cpl", "Pvt", "Det", "Insp", "Hon", "Pres", "Amb", "Atty",
            "Rev", "Fr", "Supt", "Inc", "Corp", "Ltd", "Co", "Bros", "Dept", "Univ", "Assn", "Ave", "Blvd",
            "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
            "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
            "No", "Nos", "vs", "etc", "approx", "ca", "Ala", "Ariz", "Ark", "Calif", "Cal", "Colo", "Conn",
            "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky", "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo",
            "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn", "Tex", "Va", "Vt", "Wash", "Wis", "Wyo");

    /** Abbreviations that end a sentence when a capitalised word follows ("... Acme Inc. The firm"). */
    private static final Set<String> MAY_END = Set.of("Inc", "Corp", "Ltd", "Co", "Bros", "etc", "Jr", "Sr");

    private final int maxWordLength;

    /** @param maxWordLength longer words become {@link Token.Shape#JUNK} tokens */
    Tokenizer(int maxWordLength) {
        this.maxWordLength = maxWordLength;
    }

    /**
     * @param text the text
     * @param limit tokenize only {@code text[0, limit)}
     * @return the tokens, in order
     */
    List<Token> tokenize(String text, int limit) {
        List<Token> tokens = new ArrayList<>(Math.max(16, limit / 5));
        int i = 0;
        boolean start = true;
        boolean line = true;
        int lineFirst = -1;
        while (i < limit) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                if (c == '\n' || c == '\r' || c == '\u2029') {
                    start = true;
                    line = true;
                }
                i++;
                continue;
            }
            int cp = text.codePointAt(i);
            int first = tokens.size();
            if (line) {
                line = false;
                lineFirst = first;
                i = lineStart(text, i, limit, tokens, start, cp);
                tokens.get(first).lineStart = true;
                Token last = tokens.get(tokens.size() - 1);
                // a quote, dash or bullet opening a line leaves the next word a sentence start
                start = last.shape == Token.Shape.PUNCT || endsSentence(text, last, limit);
                continue;
            }
            if (Character.isLetterOrDigit(cp)) {
                i = word(text, i, limit, tokens, start);
                Token last = tokens.get(tokens.size() - 1);
                start = endsSentence(text, last, limit);
                continue;
            }
            int next = i + Character.charCount(cp);
            if (isApostrophe(c) && !tokens.isEmpty() && tokens.get(tokens.size() - 1).end == i
                    && tokens.get(tokens.size() - 1).isWord()) {
                // a plural possessive: "the Joneses' house"
                tokens.add(new Token(i, next, text.substring(i, next), Token.Shape.POSSESSIVE, false));
                i = next;
                continue;
            }
            tokens.add(new Token(i, next, text.substring(i, next), Token.Shape.PUNCT, start));
            if (c == '.' || c == '!' || c == '?' || c == '…' || c == ':') {
                start = true;
            } else if ((c == '—' || c == '–' || c == '-') && DatelineDash.closes(tokens, lineFirst)) {
                start = true; // "DENVER, Colo. — Officials said"
            } else if (c == '"' || c == '“' || c == '‘' || c == '(' || c == '[' || c == '«') {
                start = start || i + 1 < limit && !Character.isWhitespace(text.charAt(i + 1)) && quoteOpens(text, i);
            } else if (c != '\'' && c != '’' && c != '”' && c != ')' && c != ']' && c != '»' && c != '*' && c != '-'
                    && c != '—' && c != '–') {
                start = false;
            }
            i = next;
        }
        return tokens;
    }

    /** The first token of a line: a word, or one punctuation character. */
    private int lineStart(String text, int i, int limit, List<Token> tokens, boolean start, int cp) {
        if (Character.isLetterOrDigit(cp)) {
            return word(text, i, limit, tokens, start);
        }
        int next = i + Character.charCount(cp);
        tokens.add(new Token(i, next, text.substring(i, next), Token.Shape.PUNCT, start));
        return next;
    }

    /** An opening quote at the start of the text or after whitespace or punctuation opens a quotation. */
    private static boolean quoteOpens(String text, int i) {
        return i == 0 || Character.isWhitespace(text.charAt(i - 1)) || text.charAt(i - 1) == '(';
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '’';
    }

    /** Adds the word or number starting at {@code from}, and a possessive after it; returns the end. */
    private int word(String text, int from, int limit, List<Token> tokens, boolean start) {
        boolean number = Character.isDigit(text.charAt(from));
        int i = from + Character.charCount(text.codePointAt(from));
        while (i < limit) {
            int cp = text.codePointAt(i);
            if (Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK
                    || Character.getType(cp) == Character.COMBINING_SPACING_MARK) {
                i += Character.charCount(cp);
                continue;
            }
            char c = text.charAt(i);
            boolean nextIsAlnum = i + 1 < limit && Character.isLetterOrDigit(text.charAt(i + 1));
            if (!nextIsAlnum) {
                break;
            }
            if ((c == '-' || c == '‐') && NameHyphenSuffixes.splits(text, from, i, limit)) {
                break; // "London-based": the name is a word of its own
            } else if (c == '-' || c == '‐' || c == '&') {
                i++;
            } else if (isApostrophe(c)) {
                if (isPossessiveS(text, i, limit)) {
                    break;
                }
                i++;
            } else if (number && (c == ',' || c == '.' || c == '/' || c == ':')
                    && Character.isDigit(text.charAt(i + 1))) {
                i++;
            } else if (c == '.' && i - from == 1 && Character.isLetter(text.charAt(from))) {
                // U.S., D.C., a.m.: single letters joined by periods
                i++;
            } else if (c == '.' && isDottedRun(text, from, i)) {
                i++;
            } else {
                break;
            }
        }
        if (i < limit && text.charAt(i) == '.' && keepsPeriod(text, from, i)) {
            i++;
        }
        String word = text.substring(from, i);
        Token.Shape shape = i - from > maxWordLength ? Token.Shape.JUNK : shape(word, number);
        tokens.add(new Token(from, i, word, shape, start));
        if (i < limit && isPossessiveS(text, i, limit)) {
            tokens.add(new Token(i, i + 2, text.substring(i, i + 2), Token.Shape.POSSESSIVE, false));
            return i + 2;
        }
        return i;
    }

    /** "U.S.A": every other character a period so far. */
    private static boolean isDottedRun(String text, int from, int i) {
        for (int k = from + 1; k < i; k += 2) {
            if (text.charAt(k) != '.') {
                return false;
            }
        }
        return (i - from) % 2 == 1;
    }

    /** An apostrophe at {@code i} followed by an s that ends the word. */
    private static boolean isPossessiveS(String text, int i, int limit) {
        if (!isApostrophe(text.charAt(i)) || i + 1 >= limit) {
            return false;
        }
        char s = text.charAt(i + 1);
        return (s == 's' || s == 'S') && (i + 2 >= limit || !Character.isLetterOrDigit(text.charAt(i + 2)));
    }

    /** A period after a single letter (an initial), a dotted abbreviation, or a known abbreviation. */
    private static boolean keepsPeriod(String text, int from, int end) {
        int length = end - from;
        if (length == 1 && Character.isLetter(text.charAt(from))) {
            return true;
        }
        if (length >= 3 && text.charAt(end - 2) == '.') {
            return true; // U.S -> U.S.
        }
        String word = text.substring(from, end);
        return length <= 5 && (ABBREVIATIONS.contains(word) || isUpperAbbreviation(word));
    }

    /** "ST." in "ST. LOUIS", "FT." in "FT. WORTH": an abbreviation written in capitals, as datelines and headlines write it. */
    private static boolean isUpperAbbreviation(String word) {
        if (word.length() < 2 || !word.chars().allMatch(Character::isUpperCase)) {
            return false;
        }
        return ABBREVIATIONS.contains(word.charAt(0) + word.substring(1).toLowerCase(java.util.Locale.ROOT));
    }

    /** Whether the token ends a sentence: a kept abbreviation period ends one only before a capital after "Inc." and the like. */
    private static boolean endsSentence(String text, Token last, int limit) {
        if (!last.text.endsWith(".") || last.shape == Token.Shape.NUMBER) {
            return false;
        }
        String bare = last.text.substring(0, last.text.length() - 1);
        if (MAY_END.contains(bare) || bare.length() >= 3 && bare.charAt(bare.length() - 2) == '.') {
            // "U.S." or "Inc." at the end of a sentence: decided by what follows
            int j = last.end;
            while (j < limit && text.charAt(j) == ' ') {
                j++;
            }
            return j >= limit || j < limit && text.charAt(j) == '\n'
                    || j > last.end && j < limit && Character.isUpperCase(text.charAt(j)) && MAY_END.contains(bare);
        }
        return false;
    }

    /** @return the shape of a word */
    static Token.Shape shape(String word, boolean number) {
        if (number) {
            return Token.Shape.NUMBER;
        }
        int first = word.codePointAt(0);
        if (Character.isUpperCase(first) || Character.isTitleCase(first)) {
            boolean lower = false;
            for (int k = 1; k < word.length(); k++) {
                if (Character.isLowerCase(word.charAt(k))) {
                    lower = true;
                    break;
                }
            }
            return lower ? Token.Shape.CAPITALISED : Token.Shape.UPPER;
        }
        if (Character.isLowerCase(first)) {
            int hyphen = word.indexOf('-');
            if (hyphen > 0 && hyphen < 4 && hyphen + 1 < word.length()
                    && Character.isUpperCase(word.charAt(hyphen + 1))) {
                return Token.Shape.CAPITALISED; // al-Assad, el-Sisi, bin-Salman
            }
            return Token.Shape.LOWER;
        }
        return Token.Shape.OTHER;
    }
}
