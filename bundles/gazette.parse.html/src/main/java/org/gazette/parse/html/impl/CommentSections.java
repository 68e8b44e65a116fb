package org.gazette.parse.html.impl;

import org.jsoup.nodes.Element;

/**
 * Readers' comment sections as templates name them: what is inside one is neither the post's byline
 * ({@link BylineImpostors}) nor its date ({@link VisibleDates}: a comment's "2023-09-14 13:11" in a
 * {@code span.date} is no publication date).
 */
final class CommentSections {
    private static final String COMMENT = "comment";

    private CommentSections() {
    }

    /**
     * @return true when the element or an ancestor below the body has a class or id token of comments: starting with "comment"
     *         ({@code comment-list}), or holding it as a part with more after it or glued to a prefix, as comment plugins and
     *         themes name theirs ({@code wpd-comment-author}, {@code ast-comment-meta}, {@code jcomments-latest},
     *         {@code recentcomments}); not a post's state ({@code has-comments}, {@code no-comments})
     */
    static boolean contain(Element el) {
        return NameParts.onElementOrAncestor(el, CommentSections::hasCommentsToken);
    }

    private static boolean hasCommentsToken(String tokens) {
        for (int i = 0; i + COMMENT.length() <= tokens.length(); i++) {
            char c = tokens.charAt(i);
            if ((c == 'c' || c == 'C') && isCommentAt(tokens, i)) {
                return true;
            }
        }
        return false;
    }

    /** @return whether the word "comment" at {@code from} is one of comments (see {@link #contain}) */
    private static boolean isCommentAt(String tokens, int from) {
        if (!tokens.regionMatches(true, from, COMMENT, 0, COMMENT.length())) {
            return false;
        }
        int end = from + COMMENT.length();
        if (end < tokens.length() && (tokens.charAt(end) == 's' || tokens.charAt(end) == 'S')) {
            end++;
        }
        boolean tokenStart = from == 0 || Text.isSpace(tokens.charAt(from - 1));
        boolean more = end < tokens.length() && !Text.isSpace(tokens.charAt(end));
        return tokenStart || more || Character.isLetter(tokens.charAt(from - 1));
    }
}
