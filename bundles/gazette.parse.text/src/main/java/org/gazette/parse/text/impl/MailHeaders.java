package org.gazette.parse.text.impl;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gazette.text.WrittenDates;

/**
 * The header block of an e-mail saved as text (a newsletter issue, a press release sent by mail):
 * "Subject:", "From:" and "Date:" lines, and their German, French, Spanish, Italian, Dutch and
 * Portuguese names, before the first blank line. The subject is the title, the sender's display name the
 * site's name ("The Harbor Times &lt;newsletters@...&gt;"), and the date the publication's
 * ("Fri, 14 Mar 2025 06:00:00 -0400", as RFC 5322 writes it, or as a mail program prints it).
 */
final class MailHeaders {

    /**
     * @param lines how many lines at the top of the text the block takes, blank lines before it included
     * @param subject the subject, or {@code null}
     * @param sender the sender's display name, or {@code null}
     * @param date the date as ISO-8601, or {@code null}
     */
    record Block(int lines, String subject, String sender, String date) {
    }

    private static final Pattern HEADER = Pattern.compile("(?iu)^([\\p{L}-]{1,12})\\s?:\\s*(.*)$");
    private static final Set<String> SUBJECT = Set.of("subject", "betreff", "objet", "asunto", "oggetto", "onderwerp", "assunto");
    private static final Set<String> FROM = Set.of("from", "von", "de", "da", "van");
    private static final Set<String> DATE = Set.of("date", "sent", "datum", "gesendet", "envoyé", "fecha", "enviado", "data", "inviato",
            "verzonden");
    private static final Set<String> OTHERS = Set.of("to", "cc", "reply-to", "an", "à", "para", "a", "aan", "kopie", "cci", "bcc");
    private static final Pattern ADDRESS = Pattern.compile("\\s*<[^>]*>\\s*$");
    /** A block has at most this many lines: more "Label: value" lines are a list in the text. */
    private static final int MAX_LINES = 12;

    private MailHeaders() {
    }

    /**
     * @param lines the text's lines, whitespace collapsed and trimmed
     * @return the header block at the top, or {@code null} when the text does not open with one (two header lines or
     *         more, one of them the subject or the sender)
     */
    static Block read(String[] lines) {
        int i = 0;
        while (i < lines.length && lines[i].isEmpty()) {
            i++;
        }
        String subject = null;
        String sender = null;
        String date = null;
        int headers = 0;
        for (; i < lines.length && !lines[i].isEmpty(); i++) {
            Matcher m = HEADER.matcher(lines[i]);
            if (!m.matches() || ++headers > MAX_LINES) {
                return null;
            }
            String name = m.group(1).toLowerCase(Locale.ROOT);
            String value = m.group(2).trim();
            if (SUBJECT.contains(name)) {
                subject = value.isEmpty() ? null : value;
            } else if (FROM.contains(name)) {
                sender = displayName(value);
            } else if (DATE.contains(name)) {
                date = date(value);
            } else if (!OTHERS.contains(name)) {
                return null;
            }
        }
        return headers >= 2 && (subject != null || sender != null) ? new Block(i, subject, sender, date) : null;
    }

    /** @return the display name of a sender ("The Harbor Times" of {@code "The Harbor Times" <news@example.com>}), or {@code null} */
    private static String displayName(String from) {
        String name = ADDRESS.matcher(from).replaceFirst("").replace("\"", "").trim();
        return name.isEmpty() || name.indexOf('@') >= 0 ? null : name;
    }

    /** @return the date of a header as ISO-8601, or {@code null} when it cannot be read */
    static String date(String value) {
        try {
            return OffsetDateTime.parse(value.replaceFirst("\\s*\\([^)]*\\)$", ""), DateTimeFormatter.RFC_1123_DATE_TIME)
                    .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException e) {
            return WrittenDates.parse(value); // "Friday, March 14, 2025 6:00 AM", as a mail program prints it
        }
    }
}
