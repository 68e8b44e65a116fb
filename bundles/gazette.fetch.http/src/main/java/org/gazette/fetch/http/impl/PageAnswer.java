package org.gazette.fetch.http.impl;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;

import org.gazette.api.FetchException;
import org.gazette.api.FetchException.Reason;
import org.gazette.api.model.Document;
import org.gazette.api.model.FetchRequest;

/**
 * Turns the final response of a fetch into a {@link Document}, or into the {@link FetchException}
 * that tells the engine what to do: 2xx is content, 304 is "not modified", 408, 429 and 5xx (but
 * 501 and 505) are retried later with backoff or as {@code Retry-After} says until {@code maxRetries}
 * is reached, every other status is final.
 */
final class PageAnswer {

    private final FetchContext context;
    private final FetchRequest request;
    private final PageFetch.ContentLimit contentLimit;
    private final int attempt;

    PageAnswer(FetchContext context, FetchRequest request, PageFetch.ContentLimit contentLimit) {
        this.context = context;
        this.request = request;
        this.contentLimit = contentLimit;
        this.attempt = Math.max(0, request.attempt);
    }

    PageFetch.ContentLimit contentLimit() {
        return contentLimit;
    }

    Document of(Transport.Response response, URI uri) throws FetchException {
        int status = response.status();
        if (response.plan().rejection() != null) {
            throw response.plan().rejection();
        }
        if (status == 304) {
            return notModified(response, uri);
        }
        if (status / 100 == 2 && status != 204) {
            return content(response, uri);
        }
        if (status == 408 || status == 429 || status / 100 == 5 && status != 501 && status != 505) {
            throw retry(response, uri);
        }
        String what = Redirects.isRedirect(status) ? "HTTP " + status + " without Location" : "HTTP " + status;
        throw new FetchException(Reason.HTTP_STATUS, what + " from " + uri);
    }

    private FetchException retry(Transport.Response response, URI uri) {
        int status = response.status();
        OptionalLong retryAfter = context.backoff().retryAfterMillis(response.header("retry-after"), Instant.now());
        HostKey host = HostKey.of(uri);
        if (retryAfter.isPresent() && (status == 429 || status == 503)) {
            context.gate().block(host, retryAfter.getAsLong());
        } else if (status == 429) {
            context.gate().block(host, context.backoff().delayMillis(attempt));
        }
        String what = "HTTP " + status + " from " + uri;
        if (context.backoff().exhausted(attempt)) {
            return new FetchException(Reason.HTTP_STATUS, what + "; gave up after " + Backoff.attempts(attempt) + " attempts");
        }
        long delay = retryAfter.orElse(context.backoff().delayMillis(attempt));
        return new FetchException(Reason.RETRY_LATER, what + (retryAfter.isPresent() ? " (Retry-After " + delay + " ms)" : ""), delay, null);
    }

    /** @return RETRY_LATER with backoff, or OTHER once the retries are used up */
    FetchException transientFailure(URI uri, String what, Throwable cause) {
        if (context.backoff().exhausted(attempt)) {
            return new FetchException(Reason.OTHER, uri + ": " + what + "; gave up after " + Backoff.attempts(attempt) + " attempts", 0, cause);
        }
        return new FetchException(Reason.RETRY_LATER, uri + ": " + what, context.backoff().delayMillis(attempt), cause);
    }

    /** @return RETRY_LATER until the robots.txt is read again, or OTHER once the retries are used up */
    FetchException robotsUnreachable(URI uri, RobotsRules rules) {
        String what = rules.robotsUri() + " is unreachable (" + rules.note() + "), so nothing on its host is fetched for now";
        if (context.backoff().exhausted(attempt)) {
            return new FetchException(Reason.OTHER, uri + " not fetched: " + what + "; gave up after " + Backoff.attempts(attempt) + " attempts");
        }
        return new FetchException(Reason.RETRY_LATER, uri + " not fetched: " + what, rules.expiresInMillis(), null);
    }

    private Document content(Transport.Response response, URI uri) throws FetchException {
        byte[] content;
        try {
            content = ContentEncodings.decode(ContentEncodings.codings(response.headers().allValues("content-encoding")),
                    response.body().content(), contentLimit.bytes(), false);
        } catch (BodyTooLarge e) {
            throw new FetchException(Reason.TOO_LARGE, uri + ": " + e.getMessage() + " (" + contentLimit.name() + ")", 0, e);
        } catch (IOException e) {
            throw new FetchException(Reason.OTHER, uri + ": cannot decode the body: " + e.getMessage(), 0, e);
        }
        ContentType type = ContentType.parse(response.header("content-type"));
        Document doc = document(response, uri);
        doc.mediaType = type.mediaType();
        doc.charset = type.charset();
        doc.content = content;
        doc.etag = response.header("etag");
        doc.lastModified = response.header("last-modified");
        return doc;
    }

    private Document notModified(Transport.Response response, URI uri) {
        Document doc = document(response, uri);
        doc.notModified = true;
        doc.content = new byte[0];
        doc.etag = response.headers().firstValue("etag").orElse(request.etag);
        doc.lastModified = response.headers().firstValue("last-modified").orElse(request.lastModified);
        return doc;
    }

    private Document document(Transport.Response response, URI uri) {
        Document doc = new Document();
        doc.url = request.url;
        doc.finalUrl = uri.toString();
        doc.status = response.status();
        doc.headers = headers(response);
        doc.fetched = OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        doc.sourceId = request.sourceId;
        doc.item = request.item;
        return doc;
    }

    private static Map<String, List<String>> headers(Transport.Response response) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        response.headers().map().forEach((name, values) -> {
            if (!name.startsWith(":")) {
                headers.computeIfAbsent(name.toLowerCase(Locale.ROOT), n -> new ArrayList<>()).addAll(values);
            }
        });
        return headers;
    }
}
