package org.gazette.parse.html.impl;

import java.util.List;

/**
 * Finds the paragraphs a page prints in square brackets that are no part of the story: a shortcode the
 * site's CMS left unexpanded ({@code [convertkit form=1630175]}, {@code [CTA_MODULE]}, {@code [gallery]…[/gallery]}),
 * which stands where a plugin's sign-up form or module was meant to be, and an editor's aside that
 * sends the reader to other pages ("[Read more: A guide to small business accounting]", "[ Also read … ]",
 * "[Want more tips? Let's hang out on Instagram!]"), told by its links rather than its words, so it holds
 * in any language. A bracketed note without links ("[Editor's note: click to enlarge the chart below.]")
 * speaks about the article and stays, as does a bracketed word that names no shortcode ("[Video]").
 */
final class BracketedAsides {

    /** An aside is a link's pointer: at least this share of its characters is link text. */
    static final double LINK_SHARE = 0.25;

    private BracketedAsides() {
    }

    /**
     * @param blocks the article's blocks in reading order
     * @param dropped which of them are already set aside (changed in place)
     */
    static void drop(List<Blocks.Block> blocks, boolean[] dropped) {
        for (int i = 0; i < blocks.size(); i++) {
            Blocks.Block b = blocks.get(i);
            if (!dropped[i] && !b.heading() && isBracketed(b.text())
                    && (b.linkChars() >= b.text().length() * LINK_SHARE || isShortcode(b.text().strip()))) {
                dropped[i] = true;
            }
        }
    }

    private static boolean isBracketed(String text) {
        String t = text.strip();
        return t.length() > 2 && t.charAt(0) == '[' && t.charAt(t.length() - 1) == ']';
    }

    /**
     * @param text a bracketed text, stripped
     * @return true when it is made of shortcodes only: tags whose name has a {@code _} or {@code -} or
     *         that carry {@code key=value} attributes or a closing tag ({@code [/gallery]}), with nothing
     *         but space or the enclosed content between an opening tag and its closing one
     */
    static boolean isShortcode(String text) {
        int at = 0;
        boolean coded = false;
        while (at < text.length()) {
            if (text.charAt(at) != '[') {
                return false;
            }
            int end = text.indexOf(']', at);
            if (end < 0) {
                return false;
            }
            Tag tag = Tag.of(text.substring(at + 1, end));
            if (tag == null) {
                return false;
            }
            coded = coded || tag.coded();
            at = end + 1;
            if (!tag.closing()) {
                int close = text.indexOf("[/" + tag.name() + "]", at);
                if (close >= 0) { // the content between a pair is the plugin's argument, not prose
                    coded = true;
                    at = close + tag.name().length() + 3;
                }
            }
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }
        return coded;
    }

    /** One shortcode tag: its name, whether it closes a pair, whether its form alone marks it as code. */
    private record Tag(String name, boolean closing, boolean coded) {

        /** @return the tag written inside the brackets, or {@code null} when it is words, not a tag */
        static Tag of(String inside) {
            boolean closing = inside.startsWith("/");
            String body = closing ? inside.substring(1) : inside;
            int space = body.indexOf(' ');
            String name = space < 0 ? body : body.substring(0, space);
            if (name.isEmpty() || !Character.isLetter(name.charAt(0))) {
                return null;
            }
            for (int k = 0; k < name.length(); k++) {
                char c = name.charAt(k);
                if (!Character.isLetterOrDigit(c) && c != '_' && c != '-') {
                    return null;
                }
            }
            String attributes = space < 0 ? "" : body.substring(space + 1).strip();
            if (!attributes.isEmpty() && (closing || !attributes.contains("="))) {
                return null; // "[Read more here]": words
            }
            boolean coded = closing || !attributes.isEmpty() || name.indexOf('_') >= 0
                    || name.indexOf('-') > 0 && name.chars().noneMatch(Character::isUpperCase);
            return new Tag(name, closing, coded);
        }
    }
}
