package org.gazette.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a line that attributes a story to another source, as news sites print under wire copy:
 * "Source: Anadolu Agency", "Quelle: dpa", "Fuente: EFE", "Source : AFP", "Kaynak: AA", "来源：新华社", "出典：共同通信", "출처: 연합뉴스";
 * "With reporting by Reuters" is not one (a sentence, not a label).
 */
public final class Attributions {
    private static final int MAX_LINE = 100;
    private static final Pattern LABEL = Pattern.compile(
            "(?iu)^[(（]?(?:source|sources|quelle|quellen|fuente|fuentes|fonte|fonti|bron|kaynak|sumber|źródło|zdroj"
            + "|来源|來源|出典|出所|출처)\\s*[:：]\\s*(.+?)[)）]?[.。]?$");

    private Attributions() {
    }

    /**
     * @param line one line or paragraph, possibly {@code null}
     * @return the attributed source ("Anadolu Agency"), or {@code null} when the line is not an attribution
     */
    public static String of(String line) {
        if (line == null) {
            return null;
        }
        String t = line.trim();
        if (t.isEmpty() || t.length() > MAX_LINE) {
            return null;
        }
        Matcher m = LABEL.matcher(t);
        if (!m.matches()) {
            return null;
        }
        String source = m.group(1).trim();
        return source.isEmpty() || source.split("\\s+").length > 8 ? null : source;
    }
}
