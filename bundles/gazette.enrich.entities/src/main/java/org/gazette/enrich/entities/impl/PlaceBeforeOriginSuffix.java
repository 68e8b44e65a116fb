package org.gazette.enrich.entities.impl;

import java.util.List;
import java.util.Set;

/**
 * A name joined by a hyphen to "based", "born", "headquartered" or another participle of where someone
 * or something is is a place: "the Quorra-based retailer", "a Tarnvik-born singer". The {@link Tokenizer}
 * already ends the word at the hyphen ({@link NameHyphenSuffixes}), which tags a gazetteer place
 * ("London-based"); an unknown town was left untagged. A place vote for {@link ContextVotes}, so a name
 * the text makes a person or organisation elsewhere keeps that type; "backed", "owned", "led" are left
 * out, as organisations and persons back, own and lead too ("a Holvane-backed bid").
 */
final class PlaceBeforeOriginSuffix {

    private static final Set<String> PARTICIPLES = Set.of("based", "born", "bred", "raised", "headquartered",
            "registered", "flagged", "bound");

    private PlaceBeforeOriginSuffix() {
    }

    /** @return whether a hyphen and such a participle follow the name that ends before {@code to} */
    static boolean after(List<Token> tokens, int to) {
        return to + 1 < tokens.size() && tokens.get(to).isPunct('-') && tokens.get(to).start == tokens.get(to - 1).end
                && PARTICIPLES.contains(tokens.get(to + 1).text);
    }
}
