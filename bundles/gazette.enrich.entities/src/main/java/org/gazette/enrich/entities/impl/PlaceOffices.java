package org.gazette.enrich.entities.impl;

import java.util.List;
import java.util.Set;

/**
 * A name right before the capitalised title of an office that a town, county or state elects, and
 * a person's name after it, is that town, county or state: "Tarnvik Mayor Ann Lee", "Quorra Governor
 * Tom Reed", "Brask County Sheriff …". Local news names officials this way far more than other texts;
 * without this rule the unknown town was taken for the company of "Acme CEO Jane Doe" (an
 * organisation) or for a person listed beside one. Other titles ("President", "Director", "CEO")
 * are held in companies as often as in places and keep the organisation.
 */
final class PlaceOffices {

    /** Offices of a place, lower case; "gov.", "sen.", "rep." as news abbreviates them. */
    private static final Set<String> OFFICES = Set.of("mayor", "governor", "gov.", "sheriff", "senator", "sen.",
            "rep.", "representative", "congressman", "congresswoman", "assemblyman", "assemblywoman", "premier",
            "councillor", "councilman", "councilwoman", "alderman", "lieutenant", "lt.");

    private PlaceOffices() {
    }

    /**
     * @param tokens the text's tokens
     * @param k the token after a name
     * @return whether a capitalised office of a place opens there and a capitalised name follows it
     */
    static boolean at(List<Token> tokens, int k) {
        if (k + 1 >= tokens.size()) {
            return false;
        }
        Token office = tokens.get(k);
        Token next = tokens.get(k + 1);
        return office.isCapital() && !office.caseless && OFFICES.contains(office.text.toLowerCase(java.util.Locale.ROOT))
                && (next.isCapital() || k + 2 < tokens.size() && tokens.get(k + 2).isCapital());
    }
}
