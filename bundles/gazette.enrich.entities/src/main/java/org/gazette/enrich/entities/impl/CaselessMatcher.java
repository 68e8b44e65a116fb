package org.gazette.enrich.entities.impl;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.gazette.api.model.EntityType;

/**
 * Finds names in lines whose capitals say nothing ({@link LineCase}): the names of the entities
 * found in the rest of the text (a person also by surname alone), then gazetteer phrases.
 */
final class CaselessMatcher {

    private static final int MAX_WORDS = 6;

    private final Lexicon lexicon;
    private final List<Token> tokens;
    private final Map<String, Group> known = new HashMap<>();
    /** The first mention named with each title ("prime minister"), for {@link TitlesOfOtherCountries}. */
    private final Map<String, Candidate> titleHolders = new HashMap<>();

    CaselessMatcher(Lexicon lexicon, List<Token> tokens, List<Group> groups) {
        this.lexicon = lexicon;
        this.tokens = tokens;
        for (Group g : groups) {
            for (Candidate c : g.members) {
                known.putIfAbsent(Names.key(c.surface), g);
            }
            for (Candidate c : g.members) {
                if (g.type == EntityType.PERSON && c.role != null && !c.roleAlone && !lexicon.isHonorific(c.role)) {
                    known.putIfAbsent(Names.key(c.role), g); // "VICE PRESIDENT:" over a transcript: the one named "Vice President Ann Lee"
                    titleHolders.putIfAbsent(Names.key(c.role), c);
                }
            }
            known.putIfAbsent(Names.key(g.canonical), g);
            if (g.type == EntityType.PERSON) {
                String key = Names.key(g.canonical);
                int space = key.lastIndexOf(' ');
                if (space > 0) {
                    known.putIfAbsent(key.substring(space + 1), g); // surname
                    known.putIfAbsent(key.substring(0, key.indexOf(' ')), g); // or family name first: "KIM"
                }
            }
        }
    }

    /**
     * Adds the candidates found in caseless lines to their groups; gazetteer names not in the text
     * otherwise become new groups, appended to {@code groups}.
     */
    void match(List<Group> groups) {
        Map<String, Group> created = new HashMap<>();
        TitlesOfOtherCountries countries = new TitlesOfOtherCountries(lexicon, tokens);
        int i = 0;
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            if (!t.caseless || !t.isWord() || t.text.length() < 2) {
                i++;
                continue;
            }
            int found = 0;
            Group group = null;
            StringBuilder text = new StringBuilder();
            for (int k = i; k < Math.min(tokens.size(), i + MAX_WORDS); k++) {
                Token u = tokens.get(k);
                if (!u.caseless || !u.isWord() || u.lineStart && k > i) {
                    break;
                }
                if (k > i) {
                    text.append(' ');
                }
                text.append(u.text);
                Group g = known.get(Names.key(text.toString()));
                if (g != null && countries.otherCountry(i, titleHolders.get(Names.key(text.toString())))) {
                    g = titleOfOtherCountry(text.toString(), created, groups); // "Zimbabwe Prime Minister": not the Australian one
                }
                if (g != null) {
                    found = k - i + 1;
                    group = g;
                }
            }
            if (group == null) {
                int phrase = lexicon.longestPhrase(tokens, i, tokens.size(), true);
                Known k = phrase > 0 ? lexicon.phrase(tokens, i, i + phrase, true) : null;
                if (k != null && k.type() != null) {
                    found = phrase;
                    String key = Resolver.key(k.type(), k.canonical());
                    group = created.get(key);
                    if (group == null) {
                        group = new Group(k.type(), k.canonical(), true);
                        created.put(key, group);
                        groups.add(group);
                    }
                }
            }
            if (group == null) {
                i++;
                continue;
            }
            Candidate c = new Candidate(i, i + found, Token.joined(tokens, i, i + found), null);
            c.caseless = true;
            c.decide(group.type, 0.7);
            group.add(c);
            i += found;
        }
    }

    /** @return the person of a title alone that names no holder of the text, created at its first use */
    private static Group titleOfOtherCountry(String title, Map<String, Group> created, List<Group> groups) {
        String key = Resolver.key(EntityType.PERSON, title);
        Group g = created.get(key);
        if (g == null) {
            g = new Group(EntityType.PERSON, title, false);
            created.put(key, g);
            groups.add(g);
        }
        return g;
    }
}
