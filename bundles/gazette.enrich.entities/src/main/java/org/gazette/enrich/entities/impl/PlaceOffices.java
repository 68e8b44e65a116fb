package org.gazette.enrich.entities.impl;

import java.util.List;
import java.util.Set;

/**
 * A name right before the capitalised title of an office that a town, county or state elects, and
 * a person's name after it, is that town, county or state: "Tarnvik Mayor Ann Lee", "Quorra Governor
 * Tom Reed", "Brask County Sheriff …". Local news names officials this way far more than other texts;
 * without this rule the unknown town was taken for the company of "Acme CEO Jane Doe" (an
 * organisation) or for a person listed beside one, or left untagged before a lower-case office
 * ("Tarnby mayor Ann Lee", "Tarnby police chief Ann Lee"). Other titles ("President", "Director", "CEO")
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
        String lower = office.text.toLowerCase(java.util.Locale.ROOT);
        if (office.caseless || !office.isCapital() && office.shape != Token.Shape.LOWER) {
            return false;
        }
        int name = k + 1;
        if (SERVICES.contains(lower) && name < tokens.size() && CHIEFS.contains(tokens.get(name).text.toLowerCase(java.util.Locale.ROOT))) {
            name++; // "Tarnby police chief Ann Lee"
        } else if (!OFFICES.contains(lower)) {
            return false;
        }
        if (name >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(name);
        return next.isCapital() && !next.sentenceStart
                || office.isCapital() && name + 1 < tokens.size() && tokens.get(name + 1).isCapital(); // "Rep. Tom Reed"
    }

    /** Local services whose chief a town names: "Tarnby police chief", "Velmora fire commissioner". */
    private static final Set<String> SERVICES = Set.of("police", "fire");
    private static final Set<String> CHIEFS = Set.of("chief", "commissioner", "superintendent");

    /**
     * @param tokens the text's tokens
     * @param k the token after a name
     * @return whether a lower-case office of a place and a name follow ("Tarnby mayor Ann Lee", "Tarnby police
     *         chief Ann Lee"), which {@link Candidate#beforeRole} does not mark
     */
    static boolean lowerAt(List<Token> tokens, int k) {
        return k < tokens.size() && tokens.get(k).shape == Token.Shape.LOWER && at(tokens, k);
    }
}
