package org.gazette.parse.html.impl;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * Puts the chunks of React's streamed server rendering where its scripts would put them. Such a
 * page (Next.js and others) first sends a placeholder, {@code <template id="B:0"></template>} and
 * a "Loading…" fallback up to {@code <!--/$-->}, or {@code <template id="P:7"></template>}, and
 * sends the content later, at the end of the body, in {@code <div hidden id="S:0">}, with a script
 * call {@code $RC("B:0","S:0")} (replace the boundary's fallback) or {@code $RS("S:7","P:7")}
 * (replace the placeholder). Without this, an article's paragraphs sit far from its heading, out
 * of the {@code <main>} they belong to. Chunks are moved in the order of the calls, so that a
 * chunk holding a placeholder is in place before that placeholder's chunk arrives.
 */
final class StreamedChunks {
    private static final Evaluator CHUNKS = Selector.evaluatorOf("div[hidden][id^=S:]");
    private static final Evaluator TEMPLATES = Selector.evaluatorOf("template[id~=^[BP]:[0-9a-f]+$]");
    private static final Evaluator INLINE_SCRIPTS = Selector.evaluatorOf("script:not([src])");
    private static final Pattern CALL = Pattern.compile("\\$R([CS])\\(\"([BPS]:[0-9a-f]+)\",\"([BPS]:[0-9a-f]+)\"\\)");
    /** Boundaries end with this comment after their fallback. */
    private static final String BOUNDARY_END = "/$";

    private StreamedChunks() {
    }

    /**
     * @param doc a parsed page, changed in place; a page without streamed chunks is left alone
     * @param html the text the page was parsed from: without the scripts' calls in it, the tree is
     *        not walked at all
     */
    static void reassemble(Document doc, String html) {
        if (!hasCalls(html)) {
            return;
        }
        List<Element> chunkList = doc.select(CHUNKS);
        if (chunkList.isEmpty()) {
            return;
        }
        Map<String, Element> chunks = new HashMap<>();
        for (Element chunk : chunkList) {
            chunks.putIfAbsent(chunk.id(), chunk);
        }
        Map<String, Element> placeholders = new HashMap<>();
        for (Element template : doc.select(TEMPLATES)) {
            placeholders.putIfAbsent(template.id(), template);
        }
        for (String[] call : calls(doc)) {
            // $RC(boundary, chunk) and $RS(chunk, placeholder)
            boolean boundary = call[0].equals("C");
            Element chunk = chunks.remove(boundary ? call[2] : call[1]);
            Element placeholder = placeholders.remove(boundary ? call[1] : call[2]);
            if (chunk != null && placeholder != null && placeholder.parent() != null) {
                if (boundary) {
                    removeFallback(placeholder);
                }
                List<Node> content = new ArrayList<>(chunk.childNodes());
                placeholder.parent().insertChildren(placeholder.siblingIndex(), content);
                placeholder.remove();
                chunk.remove();
            }
        }
    }

    /**
     * @return whether the text holds {@code $RC(} or {@code $RS(}; found by their first character,
     *         which the JDK finds many times faster than a string in a page with non-Latin-1 text
     *         (a whole page's two searches were 1.5% of the parser's time)
     */
    static boolean hasCalls(String html) {
        for (int i = html.indexOf('$'); i >= 0; i = html.indexOf('$', i + 1)) {
            if (html.startsWith("$RC(", i) || html.startsWith("$RS(", i)) {
                return true;
            }
        }
        return false;
    }

    private static List<String[]> calls(Document doc) {
        List<String[]> calls = new ArrayList<>();
        for (Element script : doc.select(INLINE_SCRIPTS)) {
            String data = script.data();
            if (data.contains("$R")) {
                Matcher m = CALL.matcher(data);
                while (m.find()) {
                    calls.add(new String[] {m.group(1), m.group(2), m.group(3)});
                }
            }
        }
        return calls;
    }

    /** Removes what follows a boundary's template up to its closing {@code <!--/$-->} comment. */
    private static void removeFallback(Element template) {
        Node next = template.nextSibling();
        while (next != null && !(next instanceof Comment c && c.getData().equals(BOUNDARY_END))) {
            Node following = next.nextSibling();
            next.remove();
            next = following;
        }
    }
}
