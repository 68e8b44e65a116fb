package org.gazette.enrich.entities.impl;

import java.util.List;
import java.util.Set;

/**
 * A legal form written after a gazetteer organisation's name does not make another organisation:
 * "Microsoft Corp.", "Siemens AG", "Shell plc", and with one generic word before it "Toyota Motor Corp.",
 * are the gazetteer's "Microsoft", "Siemens", "Shell", "Toyota", one entity with the name alone. The
 * mention keeps the legal form in its span.
 */
final class LegalForms {

    private static final Set<String> FORMS = Set.of("Inc", "Inc.", "Incorporated", "Corp", "Corp.", "Corporation", "Co",
            "Co.", "Company", "Ltd", "Ltd.", "Limited", "LLC", "L.L.C.", "PLC", "plc", "GmbH", "AG", "SE", "SA", "S.A.",
            "NV", "N.V.", "LP", "L.P.");

    /** Generic words between the company's name and its legal form: "Toyota Motor Corp.", "Goldman Sachs Group Inc." */
    private static final Set<String> GENERIC = Set.of("Motor", "Motors", "Group", "Holding", "Holdings", "International",
            "Industries");

    private LegalForms() {
    }

    /**
     * @param from the first token after a gazetteer organisation's name
     * @param end the end of the capitalised run
     * @return whether the rest of the run is only a legal form, after at most one generic company word
     */
    static boolean onlyLegalForm(List<Token> tokens, int from, int end) {
        if (end - from == 1) {
            return is(tokens.get(from).text) || GroupsOfCompanies.isGroupWord(tokens.get(from).text);
        }
        return end - from == 2 && (GENERIC.contains(tokens.get(from).text) || GroupsOfCompanies.isAmpersand(tokens.get(from)))
                && is(tokens.get(from + 1).text);
    }

    /** @return whether the word is a company's legal form ("Corp.", "Inc", "AG") */
    static boolean is(String word) {
        return FORMS.contains(word);
    }
}
