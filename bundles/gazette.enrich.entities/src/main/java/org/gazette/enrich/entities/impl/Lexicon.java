package org.gazette.enrich.entities.impl;

import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.gazette.api.model.EntityType;

/**
 * The gazetteers and word lists the tagger uses, loaded once from the resources next to this class
 * and immutable afterwards, so one instance serves every thread. Phrases are keyed by their tokens
 * (as {@link Tokenizer} splits them) joined by single spaces.
 */
final class Lexicon {

    private final Map<String, Known> phrases = new HashMap<>();
    private final Map<String, Known> upperPhrases = new HashMap<>();
    private final Set<String> phraseStarts = new HashSet<>();
    private final Map<String, Known> stateAbbreviations = new HashMap<>();
    private final Set<String> firstNames = new HashSet<>();
    /** Given names from US records ("Elisha", "Melania") with their sex, beside the hand-written {@link #firstNames}. */
    private PackedNames usGivenNames;
    /** Frequent US family names ("Peterson", "Hargrove"), packed as the given names are (no sex: all 'B'). */
    private PackedNames familyNames;
    private final Set<String> honorifics = new HashSet<>();
    private final Set<String> roles = new HashSet<>();
    private final Set<String> orgSuffixes = new HashSet<>();
    private final Set<String> orgHeads = new HashSet<>();
    private final Set<String> placeSuffixes = new HashSet<>();
    private final Set<String> placeHeads = new HashSet<>();
    private final Set<String> commonWords = new HashSet<>();
    private final Set<String> ambiguousNames = new HashSet<>();
    /** Canonical names of the capitals of countries ("Moscow"): they stand for governments ("Moscow said"). */
    private final Set<String> nationalCapitals = new HashSet<>();
    private final Tokenizer tokenizer = new Tokenizer(200);
    private int maxPhraseTokens;
    private int maxRoleTokens;

    private Lexicon() {
    }

    /**
     * @return the lexicon built from the bundled resources
     * @throws UncheckedIOException when a resource is missing or unreadable (a broken build)
     */
    static Lexicon load() {
        Lexicon lexicon = new Lexicon();
        WordFiles.readWords("first-names.txt", lexicon.firstNames::add);
        WordFiles.readWords("family-names-first.txt", lexicon.firstNames::add); // "Zhang Xiuying": counted as given names
        PackedNames.Builder usGivenNames = new PackedNames.Builder();
        WordFiles.readWords("given-names-by-sex.txt", usGivenNames::add);
        lexicon.usGivenNames = usGivenNames.build();
        PackedNames.Builder familyNames = new PackedNames.Builder();
        WordFiles.readWords("family-names.txt", familyNames::add);
        lexicon.familyNames = familyNames.build();
        WordFiles.readWords("common-words.txt", w -> lexicon.commonWords.add(w.toLowerCase(Locale.ROOT)));
        WordFiles.readWords("ambiguous-names.txt", lexicon.ambiguousNames::add);
        WordFiles.readSections("titles.txt", Map.of(
                "honorific", w -> lexicon.honorifics.add(bare(w)),
                "role", lexicon::addRole));
        WordFiles.readSections("organization-words.txt", Map.of(
                "suffix", lexicon.orgSuffixes::add, "head", lexicon.orgHeads::add));
        WordFiles.readSections("location-words.txt", Map.of(
                "suffix", lexicon.placeSuffixes::add, "head", lexicon.placeHeads::add));
        WordFiles.readTable("countries.txt", row -> lexicon.addCountry(row));
        WordFiles.readTable("us-states.txt", row -> lexicon.addPlace(row, Known.Kind.STATE, 2));
        WordFiles.readTable("regions.txt", row -> lexicon.addPlace(row, Known.Kind.REGION, -1));
        WordFiles.readTable("cities.txt", row -> lexicon.addPlace(row, Known.Kind.CITY, -1));
        WordFiles.readTable("provinces.txt", row -> lexicon.addPlace(row, Known.Kind.REGION, -1));
        WordFiles.readTable("organizations.txt", row -> lexicon.addOrganization(row));
        WordFiles.readSections("not-entities.txt", Map.of(
                "terms", w -> lexicon.addPhrase(w, new Known(w, null, Known.Kind.NOT_AN_ENTITY, false)),
                "people", w -> lexicon.addPhrase(w, new Known(w, EntityType.PERSON, Known.Kind.DEMONYM, false))));
        return lexicon;
    }

    // ---- queries

    /**
     * @param tokens the tokens
     * @param from the first token
     * @param to the end of the range to look in
     * @param caseless match ignoring case (a line in capitals)
     * @return the number of tokens of the longest phrase at {@code from}, or 0
     */
    int longestPhrase(List<Token> tokens, int from, int to, boolean caseless) {
        Token first = tokens.get(from);
        String firstKey = caseless ? first.text.toUpperCase(Locale.ROOT) : key(first);
        if (!caseless && !phraseStarts.contains(firstKey)) {
            return 0;
        }
        int best = 0;
        StringBuilder key = new StringBuilder(firstKey);
        int end = Math.min(to, from + maxPhraseTokens);
        for (int k = from; k < end; k++) {
            if (k > from) {
                Token t = tokens.get(k);
                if (t.sentenceStart && !t.isCapital() || t.shape == Token.Shape.JUNK) {
                    break;
                }
                key.append(' ').append(caseless ? t.text.toUpperCase(Locale.ROOT) : key(t));
            }
            if ((caseless ? upperPhrases : phrases).containsKey(key.toString())) {
                best = k - from + 1;
            }
        }
        return best;
    }

    /** @return what the tokens {@code [from, to)} name, or {@code null} */
    Known phrase(List<Token> tokens, int from, int to, boolean caseless) {
        StringBuilder key = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (k > from) {
                key.append(' ');
            }
            key.append(caseless ? tokens.get(k).text.toUpperCase(Locale.ROOT) : key(tokens.get(k)));
        }
        return (caseless ? upperPhrases : phrases).get(key.toString());
    }

    /** @return the US state a postal or AP abbreviation names ("KS", "Calif."), or {@code null} */
    Known stateAbbreviation(String token) {
        return stateAbbreviations.get(token);
    }

    /**
     * @return whether the word is a given name of either list, or two joined by a hyphen ("Jean-Luc",
     *         "Anne-Marie"): evidence of a person before a surname ("Elisha Tarnwell")
     */
    boolean isFirstName(String word) {
        return isFirstName(word, true);
    }

    /**
     * @return whether the word is a given name that stands alone for a person: only the hand-written
     *         list, since many given names of the US records are also surnames or places ("Preston",
     *         "Chandler", "Spencer"), which a word alone more often is
     */
    boolean isFirstNameAlone(String word) {
        return isFirstName(word, false);
    }

    private boolean isFirstName(String word, boolean withUsRecords) {
        if (firstNames.contains(word) || withUsRecords && usGivenNames.contains(word)) {
            return true;
        }
        int hyphen = word.indexOf('-');
        return hyphen > 0 && isFirstName(word.substring(0, hyphen), withUsRecords) && isFirstName(word.substring(hyphen + 1), withUsRecords);
    }

    /** @return whether the word is a frequent family name of US records ("Peterson"): evidence, not proof */
    boolean isFamilyName(String word) {
        return familyNames.contains(word);
    }

    /** @return 'F' or 'M' for a given name borne by one sex only ("Melania", "Donald"), else 0 ("Leslie", "Quorin") */
    char givenNameSex(String word) {
        char sex = usGivenNames.tag(word);
        return sex == 'B' ? 0 : sex;
    }

    /** @return whether the canonical name is that of a country's capital ("Moscow", "Washington, D.C.") */
    boolean isNationalCapital(String canonical) {
        return nationalCapitals.contains(canonical);
    }

    /** @param word a word as written ("Mr.", "Dr") */
    boolean isHonorific(String word) {
        return honorifics.contains(bare(word));
    }

    /**
     * @param tokens the tokens
     * @param end the token after the role
     * @return the number of tokens of the longest role ending just before {@code end} ("Prime
     *         Minister", "spokesperson"), or 0
     */
    int roleBefore(List<Token> tokens, int end) {
        int best = 0;
        StringBuilder key = new StringBuilder();
        for (int n = 1; n <= maxRoleTokens && end - n >= 0; n++) {
            Token t = tokens.get(end - n);
            if (!t.isWord()) {
                break;
            }
            key.insert(0, n == 1 ? t.text.toLowerCase(Locale.ROOT) : t.text.toLowerCase(Locale.ROOT) + ' ');
            if (roles.contains(key.toString())) {
                best = n;
            }
        }
        return best;
    }

    /** @param word one word as written ("Tsar", "senator") @return whether it is a title or role alone */
    boolean isRole(String word) {
        return roles.contains(word.toLowerCase(Locale.ROOT));
    }

    /** @return the number of tokens of the longest role starting at {@code from}, or 0 */
    int roleAt(List<Token> tokens, int from, int to) {
        int best = 0;
        StringBuilder key = new StringBuilder();
        for (int k = from; k < Math.min(to, from + maxRoleTokens); k++) {
            Token t = tokens.get(k);
            if (!t.isWord()) {
                break;
            }
            if (k > from) {
                key.append(' ');
            }
            key.append(t.text.toLowerCase(Locale.ROOT));
            if (roles.contains(key.toString())) {
                best = k - from + 1;
            }
        }
        return best;
    }

    /** @return whether a gazetteer phrase starts with the word as written ("House" of "House of Representatives") */
    boolean startsPhrase(String word) {
        return phraseStarts.contains(word);
    }

    boolean isOrgSuffix(String word) {
        return orgSuffixes.contains(word);
    }

    boolean isOrgHead(String word) {
        return orgHeads.contains(word);
    }

    boolean isPlaceSuffix(String word) {
        return placeSuffixes.contains(word);
    }

    boolean isPlaceHead(String word) {
        return placeHeads.contains(word);
    }

    /** @param lower a word in lower case */
    boolean isCommonWord(String lower) {
        return commonWords.contains(lower);
    }

    /** @return how many phrases, names and words are loaded (for figures) */
    int size() {
        return phrases.size() + upperPhrases.size() + stateAbbreviations.size() + firstNames.size() + usGivenNames.size() + familyNames.size()
                + honorifics.size() + roles.size() + orgSuffixes.size() + orgHeads.size() + placeSuffixes.size()
                + placeHeads.size() + commonWords.size() + ambiguousNames.size();
    }

    // ---- loading

    static String key(Token t) {
        return t.text.indexOf('’') >= 0 ? t.text.replace('’', '\'') : t.text;
    }

    private static String bare(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
    }

    private void addRole(String role) {
        String lower = role.toLowerCase(Locale.ROOT);
        roles.add(lower);
        maxRoleTokens = Math.max(maxRoleTokens, lower.split(" ").length);
    }

    private void addCountry(List<List<String>> row) {
        String name = row.get(0).get(0);
        boolean starred = name.startsWith("*");
        String canonical = starred ? name.substring(1) : name;
        Known country = new Known(canonical, EntityType.LOCATION, Known.Kind.COUNTRY, starred || isAmbiguous(canonical));
        addPhrase(canonical, country);
        for (String alias : column(row, 1)) {
            addPhrase(alias, new Known(canonical, EntityType.LOCATION, Known.Kind.COUNTRY, isAmbiguous(alias)));
        }
        List<String> capitals = column(row, 2);
        if (!capitals.isEmpty()) {
            nationalCapitals.add(capitals.get(0));
        }
        for (String capital : capitals) {
            addPhrase(capital, new Known(capitals.get(0), EntityType.LOCATION, Known.Kind.CITY, isAmbiguous(capital)));
        }
        for (String demonym : column(row, 3)) {
            // the plural names people ("Americans"), the adjective names nothing ("American troops")
            boolean people = demonym.endsWith("s") && !demonym.endsWith("ss") && !demonym.endsWith("ese");
            addPhrase(demonym, people ? new Known(demonym, EntityType.PERSON, Known.Kind.DEMONYM, false)
                    : new Known(canonical, null, Known.Kind.DEMONYM, false));
        }
    }

    /** A row of places: name | aliases | (column {@code capitalColumn}: capitals). */
    private void addPlace(List<List<String>> row, Known.Kind kind, int capitalColumn) {
        String name = row.get(0).get(0);
        boolean starred = name.startsWith("*");
        String canonical = starred ? name.substring(1) : name;
        addPhrase(canonical, new Known(canonical, EntityType.LOCATION, kind, starred || isAmbiguous(canonical)));
        for (String alias : column(row, 1)) {
            Known known = new Known(canonical, EntityType.LOCATION, kind, isAmbiguous(alias));
            if (kind == Known.Kind.STATE && isStateAbbreviation(alias)) {
                stateAbbreviations.put(alias, known);
            } else {
                addPhrase(alias, known);
            }
        }
        if (capitalColumn > 0) {
            List<String> capitals = column(row, capitalColumn);
            for (String capital : capitals) {
                addPhrase(capital, new Known(capitals.get(0), EntityType.LOCATION, Known.Kind.CITY, isAmbiguous(capital)));
            }
        }
    }

    private void addOrganization(List<List<String>> row) {
        String canonical = row.get(0).get(0);
        addPhrase(canonical, new Known(canonical, EntityType.ORGANIZATION, Known.Kind.ORGANIZATION, false));
        for (String alias : column(row, 1)) {
            addPhrase(alias, new Known(canonical, EntityType.ORGANIZATION, Known.Kind.ORGANIZATION, false));
        }
    }

    /** "KS", "Calif.", "Miss.": only taken as a state after "City," since many are words or titles. */
    private static boolean isStateAbbreviation(String alias) {
        return alias.length() == 2 && Character.isUpperCase(alias.charAt(0)) && Character.isUpperCase(alias.charAt(1))
                || alias.endsWith(".") && alias.indexOf('.') == alias.length() - 1;
    }

    private boolean isAmbiguous(String name) {
        return ambiguousNames.contains(name) || firstNames.contains(name)
                || commonWords.contains(name.toLowerCase(Locale.ROOT));
    }

    /** Adds a phrase unless an earlier file named it already (countries before states before cities). */
    private void addPhrase(String phrase, Known known) {
        List<Token> tokens = tokenizer.tokenize(phrase, phrase.length());
        if (tokens.isEmpty()) {
            return;
        }
        StringBuilder key = new StringBuilder();
        for (Token t : tokens) {
            if (key.length() > 0) {
                key.append(' ');
            }
            key.append(key(t));
        }
        String k = key.toString();
        phrases.putIfAbsent(k, known);
        phraseStarts.add(key(tokens.get(0)));
        String upper = k.toUpperCase(Locale.ROOT);
        if (!commonWords.contains(k.toLowerCase(Locale.ROOT)) && (tokens.size() > 1 || upper.length() > 2)) {
            upperPhrases.putIfAbsent(upper, known);
        }
        maxPhraseTokens = Math.max(maxPhraseTokens, tokens.size());
    }

    private static List<String> column(List<List<String>> row, int index) {
        return index < row.size() ? row.get(index) : List.of();
    }
}
