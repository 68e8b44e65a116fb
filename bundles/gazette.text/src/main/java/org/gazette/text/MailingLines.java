package org.gazette.text;

import java.util.regex.Pattern;

/**
 * The lines a mailing prints for the readers of the mail, not of the article, which newsletter archives keep on the web and
 * text copies of mailings keep too: the notice at its foot ("You received this email because you signed up for ...") and
 * the lines around the issue ("Is this email not displaying correctly? View it in your browser.", "Was this newsletter
 * forwarded to you? Sign up ..."), in English, German, French, Spanish, Italian, Dutch and Portuguese.
 */
public final class MailingLines {

    /** A mailing's line is shorter than this ({@link BoilerplateLines#MAX_LINE}); longer text is prose. */
    private static final int MAX_LINE = BoilerplateLines.MAX_LINE;
    /** The notice names why the reader got the mail ("because", "weil", "car", ...) or where it went (an address). */
    private static final Pattern NOTICE = Pattern.compile("(?iu)(?:you(?:['\u2019]re| are)? receiv(?:ed|ing) this (?:e-?mail|newsletter|message)?,?"
            + " ?(?:because|as|since)\\b|this (?:e-?mail|newsletter|message) was sent to \\S+@"
            + "|sie erhalten (?:diese[n]? )?(?:e-mail|newsletter|nachricht),? weil|vous recevez (?:cet|ce) (?:e-?mail|courriel|message|newsletter),? (?:car|parce qu)"
            + "|recibes este (?:correo|e-?mail|boletín),? porque|ricevi questa (?:e-?mail|newsletter),? perché"
            + "|je ontvangt deze (?:e-?mail|nieuwsbrief),? omdat|você está recebendo este (?:e-?mail|boletim),? porque)");
    private static final Pattern CHROME = Pattern.compile("(?iu)(?:is this (?:e-?mail|newsletter) not displaying (?:correctly|properly)"
            + "|having trouble (?:viewing|reading) this (?:e-?mail|newsletter)|was this (?:e-?mail|newsletter) forwarded to you"
            + "|forwarded this (?:e-?mail|newsletter)|did someone forward (?:you )?this"
            + "|wird (?:diese|der) (?:e-mail|nachricht|newsletter) nicht (?:richtig|korrekt) angezeigt"
            + "|(?:cet e-?mail|ce courriel|cette newsletter) ne s'affiche pas correctement|¿no (?:ves|puedes ver) (?:bien )?este (?:correo|e-?mail))\\b");
    /** Stems of the words for a mail that every mailing line names, as written or capitalised: a cheap test before the patterns. */
    private static final String[] STEMS = {"mail", "Mail", "MAIL", "ewsletter", "EWSLETTER", "essage", "ESSAGE", "achricht",
        "ACHRICHT", "ourriel", "orreo", "oletí", "oletim", "ieuwsbrief", "orward", "ORWARD"};

    private MailingLines() {
    }

    /**
     * @param line a line of text, possibly {@code null}
     * @return true when it opens the notice at the foot of a mailing: "You received this email because you signed up
     *         for ...", "You are receiving this newsletter because ...", "This email was sent to ...", "Sie erhalten diesen
     *         Newsletter, weil ...", "Vous recevez cet e-mail car ...", "Recibes este correo porque ..."
     */
    public static boolean isNotice(String line) {
        return line != null && line.length() < MAX_LINE && mentionsMailing(line) && NOTICE.matcher(line).lookingAt();
    }

    /**
     * @param line a line of text, possibly {@code null}
     * @return true when it opens the lines a mailing prints for readers of the mail, not of the article: "Is this email
     *         not displaying correctly? View it in your browser.", "Having trouble viewing this email?", "Was this
     *         newsletter forwarded to you? Sign up...", as newsletter archives keep them on the web
     */
    public static boolean isChrome(String line) {
        return line != null && line.length() < MAX_LINE && mentionsMailing(line) && CHROME.matcher(line).lookingAt();
    }

    /** @return whether the line holds one of {@link #STEMS}: most lines do not, and are spared the patterns */
    private static boolean mentionsMailing(String line) {
        for (String stem : STEMS) {
            if (line.contains(stem)) {
                return true;
            }
        }
        return false;
    }
}
