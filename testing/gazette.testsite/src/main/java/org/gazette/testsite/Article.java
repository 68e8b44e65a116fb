package org.gazette.testsite;

import java.nio.charset.Charset;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * One article of the site: what was written once (headline, byline, date, figure, comments) and
 * its current revision (body paragraphs and modification time), which {@link #change} replaces.
 */
final class Article {

    /** The part of an article that changes. */
    record Revision(int number, List<String> paragraphs, Instant modified) {
    }

    /** A reader comment shown under the article. */
    record Comment(String name, String text, Instant at) {
    }

    final int id;
    final String section;
    final String path;
    final String slug;
    final String headline;
    final String standfirst;
    final String author;
    final Instant published;
    final String caption;
    final String credit;
    final List<Comment> comments;
    final Charset charset;
    private volatile Revision revision;

    Article(int id, String section, String path, String slug, String headline, String standfirst, String author,
            Instant published, List<String> paragraphs, String caption, String credit, List<Comment> comments,
            Charset charset) {
        this.id = id;
        this.section = section;
        this.path = path;
        this.slug = slug;
        this.headline = headline;
        this.standfirst = standfirst;
        this.author = author;
        this.published = published.truncatedTo(ChronoUnit.SECONDS);
        this.caption = caption;
        this.credit = credit;
        this.comments = List.copyOf(comments);
        this.charset = charset;
        this.revision = new Revision(0, List.copyOf(paragraphs), this.published);
    }

    Revision revision() {
        return revision;
    }

    /**
     * Replaces the body with an updated one: an "Update" paragraph first, the last paragraph
     * reworded. The modification time is {@code now} truncated to seconds, but always at least one
     * second after the previous one so that If-Modified-Since sees the change.
     */
    synchronized Revision change(Instant now, String update) {
        Revision old = revision;
        Instant modified = now.truncatedTo(ChronoUnit.SECONDS);
        if (!modified.isAfter(old.modified())) {
            modified = old.modified().plusSeconds(1);
        }
        List<String> paragraphs = new ArrayList<>(old.paragraphs());
        if (old.number() > 0) {
            paragraphs.remove(0); // the previous update line
        }
        paragraphs.add(0, "Update " + (old.number() + 1) + ", " + Markup.longDate(modified) + ": " + update);
        revision = new Revision(old.number() + 1, List.copyOf(paragraphs), modified);
        return revision;
    }

    /** An entity tag that changes with every revision. */
    String etag(Revision of) {
        return "\"a" + id + "-r" + of.number() + "\"";
    }
}
