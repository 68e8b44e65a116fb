package org.gazette.parse.text.impl;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.gazette.text.BoilerplateLines;
import org.gazette.text.MailingLines;

/**
 * Reads the layout of a plain-text article: the first non-blank line that is not boilerplate is
 * the title, a byline line and a date line may follow it (in either order, {@link TextHeader}), and the rest are
 * paragraphs separated by blank lines, the lines of one paragraph joined by a space (a list item starts its own).
 *
 * <p>Line by line, what a page's template leaves in a text copy is set aside
 * ({@link BoilerplateLines}): share and subscribe lines, "Advertisement", breadcrumbs and menus,
 * "Read more: ..." and "Related: ..." links, reading times, copyright notices; so are a mail's header block
 * ({@link MailHeaders}) and a press release's label ({@link ReleaseLines}). A byline or a date on
 * a line of its own anywhere in the text gives the authors or the date when the header did not.
 * After half of the text, a copyright notice, a line heading what follows an article ("Related
 * articles", "About the author", "References") or a mailing's foot notice ends the body; in a release, so do its
 * contacts and "About" headings, and its end mark ("###") wherever it stands.
 */
final class PlainTextLayout {

    private static final Pattern SPACES = Pattern.compile("(?U)\\s+");
    private static final Pattern LIST_ITEM = Pattern.compile("(?:[-*\u2022\u2023\u25AA]|\\d{1,2}[.)])\\s+\\S");
    /** A release's label stands among this many first non-blank lines. */
    private static final int LABEL_LINES = 4;

    /**
     * @param title the title line, or {@code null} when the first line is too long to be one
     * @param titleFrom where the title came from: {@code first line} or {@code mail header}
     * @param authors the byline's names, or {@code null}
     * @param published the date as ISO-8601, or {@code null}
     * @param publishedFrom where the date came from: {@code date line}, {@code mail header} or {@code dateline}
     * @param siteName the sender a mail header names, or {@code null}
     * @param tags the tags a tag line lists ("Tags: ferries, fares"), possibly empty
     * @param paragraphs the body paragraphs, possibly empty
     */
    record Layout(String title, String titleFrom, List<String> authors, String published, String publishedFrom, String siteName,
            List<String> tags, List<String> paragraphs) {
    }

    private PlainTextLayout() {
    }

    /**
     * @param text decoded text with any line endings
     * @return the layout, or {@code null} when the text is blank
     */
    static Layout read(String text) {
        String[] lines = lines(text);
        if (nextNonBlank(lines, 0) < 0) {
            return null;
        }
        boolean[] consumed = new boolean[lines.length];
        MailHeaders.Block mail = MailHeaders.read(lines);
        boolean release = setAsideBoilerplate(lines, consumed, mail);
        TextHeader header = new TextHeader(mail);
        int first = nextKept(lines, consumed, 0);
        if (first >= 0) {
            int next = header.read(lines, consumed, first);
            String opening = next < 0 ? null : lines[next];
            boolean ended = cutAtEndMark(lines, consumed);
            release = release || ended || opening != null && ReleaseLines.hasWireTag(opening);
            header.readDateline(opening);
            cutTail(lines, consumed, release);
        }
        return new Layout(header.title, header.titleFrom, header.authors, header.published, header.publishedFrom,
                mail == null ? null : mail.sender(), tags(lines, consumed), paragraphs(lines, consumed));
    }

    /** @return the text's lines, whitespace collapsed, Markdown's marks taken off, rules drawn in characters made blank */
    private static String[] lines(String text) {
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').replace('\f', '\n').split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            lines[i] = MarkdownMarks.strip(SPACES.matcher(lines[i]).replaceAll(" ").trim());
            if (isRule(lines[i]) && !ReleaseLines.isEndMark(lines[i])) {
                lines[i] = ""; // "=====" under a title, "----", "* * *": a break, no text ("###" ends a release's copy)
            }
        }
        return lines;
    }

    /**
     * Sets aside the mail header block, the boilerplate lines and a release's label among the first lines ("FOR IMMEDIATE
     * RELEASE", no title).
     *
     * @return whether a release's label was among them
     */
    private static boolean setAsideBoilerplate(String[] lines, boolean[] consumed, MailHeaders.Block mail) {
        boolean release = false;
        int nonBlank = 0;
        for (int i = 0; i < lines.length; i++) {
            consumed[i] = mail != null && i < mail.lines() || !lines[i].isEmpty() && BoilerplateLines.isBoilerplate(lines[i]);
            if (!consumed[i] && !lines[i].isEmpty() && nonBlank++ < LABEL_LINES && ReleaseLines.isLabel(lines[i])) {
                consumed[i] = release = true;
            }
        }
        return release;
    }

    /** @return the tags the text's tag lines list ("Tags: ferries, fares"), without duplicates */
    private static List<String> tags(String[] lines, boolean[] consumed) {
        List<String> tags = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (!consumed[i] || !startsParagraph(lines, i)) {
                continue; // a tag line is set aside as boilerplate, and opens its paragraph ("price\ntag: 48 million" is no tag line)
            }
            for (String tag : BoilerplateLines.tagsOf(lines[i])) {
                if (!tags.contains(tag)) {
                    tags.add(tag);
                }
            }
        }
        return tags;
    }

    /** @return whether a mark ends the copy ("###", "-30-", "ENDS"): it and what follows it, contacts and notes, are set aside */
    private static boolean cutAtEndMark(String[] lines, boolean[] consumed) {
        for (int i = 0; i < lines.length; i++) {
            if (!consumed[i] && ReleaseLines.isEndMark(lines[i])) {
                for (int j = i; j < lines.length; j++) {
                    consumed[j] = true;
                }
                return true;
            }
        }
        return false;
    }

    /**
     * Sets aside everything from a copyright notice, or a line on its own that heads what follows
     * an article or the notice at the foot of a mailing ("You received this email because..."), once at least half of
     * the body's characters came before it; in a press release, also
     * from a heading of what a release adds ("Media contact:", "About Acme Corp", {@link ReleaseLines}).
     */
    private static void cutTail(String[] lines, boolean[] consumed, boolean release) {
        long total = 0;
        for (int i = 0; i < lines.length; i++) {
            total += consumed[i] ? 0 : lines[i].length();
        }
        long before = 0;
        for (int i = 0; i < lines.length; i++) {
            if (consumed[i] || lines[i].isEmpty()) {
                continue;
            }
            if (before * 2 >= total && (BoilerplateLines.isCopyright(lines[i]) || startsParagraph(lines, i)
                    && (BoilerplateLines.isEndOfArticle(lines[i]) || MailingLines.isNotice(lines[i])
                            || release && ReleaseLines.isTailHeading(lines[i]) && !goesOnInLowerCase(lines, i)))) {
                for (int j = i; j < lines.length; j++) {
                    consumed[j] = true;
                }
                return;
            }
            before += lines[i].length();
        }
    }

    /**
     * @return whether the next line goes on with the line's sentence (it opens in lower case): "About Acme's new plant the
     *         mayor said it would bring" over "hundreds of jobs" is a wrapped paragraph, not a heading over its text
     */
    private static boolean goesOnInLowerCase(String[] lines, int i) {
        return i + 1 < lines.length && !lines[i + 1].isEmpty() && Character.isLowerCase(lines[i + 1].codePointAt(0));
    }

    /** @return true when a line opens a paragraph (a heading line is followed by its text or a blank line) */
    private static boolean startsParagraph(String[] lines, int i) {
        return i == 0 || lines[i - 1].isEmpty();
    }

    /** @return true when a line is a paragraph of its own */
    static boolean isolated(String[] lines, int i) {
        return startsParagraph(lines, i) && (i + 1 == lines.length || lines[i + 1].isEmpty());
    }

    /** @return whether the line has no letter and no digit, a rule drawn in characters ("=====", "* * *", "___") */
    private static boolean isRule(String line) {
        return !line.isEmpty() && line.codePoints().noneMatch(Character::isLetterOrDigit);
    }

    /**
     * @return whether the line opens a list item ("- Foot passengers: 7.20", "• One", "2. Two"): a paragraph of its own when
     *         it follows another item or a line that ends with a colon (a wrapped sentence may go on with "- and" or "9. That")
     */
    private static boolean isListItem(String line) {
        return LIST_ITEM.matcher(line).lookingAt();
    }

    private static List<String> paragraphs(String[] lines, boolean[] consumed) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder block = new StringBuilder();
        boolean inList = false; // the block opened with a list item, or follows a line that introduces one
        for (int i = 0; i <= lines.length; i++) {
            if (i < lines.length && !consumed[i] && block.length() > 0 && isListItem(lines[i])
                    && (inList || lines[i - 1].endsWith(":"))) {
                paragraphs.add(block.toString()); // the item before ends here, however it was wrapped
                block.setLength(0);
            }
            if (i < lines.length && block.length() == 0) {
                inList = !consumed[i] && isListItem(lines[i]);
            }
            boolean boundary = i == lines.length || consumed[i] || lines[i].isEmpty();
            if (boundary) {
                if (block.length() > 0) {
                    paragraphs.add(block.toString());
                    block.setLength(0);
                }
            } else {
                if (block.length() > 0) {
                    block.append(' ');
                }
                block.append(lines[i]);
            }
        }
        return paragraphs;
    }

    private static int nextNonBlank(String[] lines, int from) {
        for (int i = from; i < lines.length; i++) {
            if (!lines[i].isEmpty()) {
                return i;
            }
        }
        return -1;
    }

    static int nextKept(String[] lines, boolean[] consumed, int from) {
        for (int i = from; i < lines.length; i++) {
            if (!lines[i].isEmpty() && !consumed[i]) {
                return i;
            }
        }
        return -1;
    }
}
