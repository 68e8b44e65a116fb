package org.gazette.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MailingLinesTest {

    @Test
    void mailingLinesForReadersOfTheMail() {
        assertTrue(MailingLines.isChrome("Is this email not displaying correctly? View it in your browser."));
        assertTrue(MailingLines.isChrome("Was this newsletter forwarded to you? Sign up to get it in your inbox."));
        assertTrue(MailingLines.isChrome("Wird diese E-Mail nicht richtig angezeigt? Im Browser ansehen"));
        assertTrue(MailingLines.isNotice("You received this email because you signed up for Morning Briefing."));
        assertTrue(MailingLines.isNotice("Vous recevez cet e-mail car vous êtes inscrit à notre lettre."));
        assertTrue(BoilerplateLines.isChrome("View this email in your browser"));
        assertFalse(MailingLines.isChrome("The email was forwarded to the council, which did not reply."));
        assertFalse(MailingLines.isNotice("We received this email from a reader last week."));
        assertFalse(MailingLines.isNotice("This message was sent to all staff on Tuesday, the union said."));
        assertTrue(MailingLines.isNotice("You’re receiving this email because you subscribed to Morning Briefing."));
        assertTrue(MailingLines.isNotice("YOU RECEIVED THIS MESSAGE BECAUSE YOU ARE A MEMBER."));
        assertTrue(MailingLines.isChrome("DID SOMEONE FORWARD THIS TO YOU? SIGN UP HERE."));
    }
}
