package org.gazette.testsite;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;

/** Sends a {@link Representation}: conditional GET (304), gzip negotiation, HEAD, validators. */
final class Responder {

    private Responder() {
    }

    static void send(SiteExchange ex, Representation rep) throws IOException {
        send(ex, 200, rep);
    }

    static void send(SiteExchange ex, int status, Representation rep) throws IOException {
        boolean gzip = rep.compressible() && ex.acceptsGzip();
        var headers = ex.responseHeaders();
        headers.set("Content-Type", rep.contentType());
        headers.set("ETag", gzip ? "W/" + rep.etag() : rep.etag());
        headers.set("Last-Modified", Markup.httpDate(rep.lastModified()));
        headers.set("Cache-Control", "public, max-age=60");
        if (rep.compressible()) {
            headers.set("Vary", "Accept-Encoding");
        }
        if (status == 200 && notModified(ex, rep)) {
            ex.begin(304, -1);
            return;
        }
        byte[] body = gzip ? rep.gzipped() : rep.body();
        if (gzip) {
            headers.set("Content-Encoding", "gzip");
        }
        ex.begin(status, body.length);
        if (!ex.isHead()) {
            try (OutputStream out = ex.body()) {
                out.write(body);
            }
        }
    }

    /** A short HTML page for errors and redirects, without validators. */
    static void plain(SiteExchange ex, int status, String title, String message) throws IOException {
        byte[] body = ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + Markup.xml(title)
                + "</title></head><body><h1>" + Markup.xml(title) + "</h1><p>" + Markup.xml(message)
                + "</p></body></html>\n").getBytes(StandardCharsets.UTF_8);
        ex.responseHeaders().set("Content-Type", "text/html; charset=utf-8");
        ex.responseHeaders().set("Cache-Control", "no-store");
        ex.begin(status, body.length);
        if (!ex.isHead()) {
            try (OutputStream out = ex.body()) {
                out.write(body);
            }
        }
    }

    static void redirect(SiteExchange ex, int status, String location) throws IOException {
        ex.responseHeaders().set("Location", location);
        plain(ex, status, "Moved", "This page has moved to " + location + ".");
    }

    /** RFC 9110: If-None-Match (weak comparison) wins; If-Modified-Since only when it is absent. */
    static boolean notModified(SiteExchange ex, Representation rep) {
        String ifNoneMatch = ex.header("If-None-Match");
        if (ifNoneMatch != null) {
            String opaque = opaque(rep.etag());
            for (String tag : ifNoneMatch.split(",")) {
                String t = tag.trim();
                if (t.equals("*") || opaque(t).equals(opaque)) {
                    return true;
                }
            }
            return false;
        }
        String ifModifiedSince = ex.header("If-Modified-Since");
        if (ifModifiedSince != null) {
            try {
                Instant since = ZonedDateTime.parse(ifModifiedSince.trim(), Markup.HTTP_DATE).toInstant();
                return !rep.lastModified().isAfter(since);
            } catch (DateTimeParseException e) {
                return false; // an unparsable date is ignored, as the RFC says
            }
        }
        return false;
    }

    private static String opaque(String etag) {
        return etag.startsWith("W/") ? etag.substring(2) : etag;
    }
}
