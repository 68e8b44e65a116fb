package org.gazette.enrich.entities.impl;

import java.util.Set;

/**
 * A newspaper is called by the last word of its name once it was named in full: "the Times" after
 * "The New York Times", "the Post" after "The Washington Post", "the Journal" after "The Wall Street
 * Journal", also when the full name is a gazetteer organisation. Other gazetteer organisations are
 * not called by their last word ("the House" is not the "White House").
 */
final class NewspaperShortNames {

    private static final Set<String> NEWSPAPER_WORDS = Set.of("Times", "Post", "Journal", "Tribune", "Herald",
            "Chronicle", "Gazette");

    private NewspaperShortNames() {
    }

    /** @return whether the last word of an organisation's name also names it alone */
    static boolean namesAlone(String lastWord) {
        return NEWSPAPER_WORDS.contains(lastWord) || NameWords.isMediaWord(lastWord);
    }
}
