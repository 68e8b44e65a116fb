package org.gazette.fetch.http.impl;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Collectors;

import org.gazette.api.FetchException;
import org.gazette.api.FetchException.Reason;
import org.gazette.api.model.Document;
import org.gazette.api.model.FetchRequest;

/**
 * One fetch: each hop (the URL, then every redirect target) is checked against its host's
 * robots.txt, waits for its host's turn, and is requested; redirects are followed here, at most
 * {@code maxRedirects}, never in a loop. The final response becomes a {@link Document} or a
 * {@link FetchException} by {@link PageAnswer}. Everything, politeness waits included, happens
 * within the request's time; waiting for a host's turn takes at most half of it.
 */
final class PageFetch {

    private final FetchContext context;
    private final FetchSettings settings;
    private final FetchRequest request;
    private final PageAnswer answer;
    private final long timeoutMillis;

    PageFetch(FetchContext context, FetchRequest request) {
        this.context = context;
        this.settings = context.settings();
        this.request = request;
        long configured = settings.timeout().toMillis();
        this.timeoutMillis = request.timeoutMillis > 0 ? Math.min(request.timeoutMillis, configured) : configured;
        this.answer = new PageAnswer(context, request, contentLimit(settings, request));
    }

    private static ContentLimit contentLimit(FetchSettings settings, FetchRequest request) {
        long configured = settings.maxDecompressedBytes();
        return request.maxBytes > 0 && request.maxBytes < configured
                ? new ContentLimit(request.maxBytes, "the request's maxBytes")
                : new ContentLimit(configured, "maxDecompressedSize");
    }

    Document run() throws FetchException, InterruptedException {
        URI start = start(request.url);
        Deadline deadline = Deadline.in(timeoutMillis);
        Deadline latestStart = Deadline.in(timeoutMillis / 2);
        List<URI> chain = new ArrayList<>(List.of(start));
        URI uri = start;
        while (true) {
            Transport.Response response = exchange(uri, deadline, latestStart);
            String location = response.header("location");
            if (!Redirects.isRedirect(response.status()) || location == null) {
                return answer.of(response, uri);
            }
            URI next = Redirects.resolve(uri, location);
            if (next == null) {
                throw new FetchException(Reason.REDIRECTS, "HTTP " + response.status() + " from " + uri
                        + " redirects to an unusable Location '" + location + "'");
            }
            chain.add(next);
            if (chain.indexOf(next) < chain.size() - 1) {
                throw new FetchException(Reason.REDIRECTS, "redirect loop: " + path(chain));
            }
            if (chain.size() - 1 > settings.maxRedirects()) {
                throw new FetchException(Reason.REDIRECTS, "more than maxRedirects " + settings.maxRedirects()
                        + " redirects: " + path(chain));
            }
            uri = next;
        }
    }

    private Transport.Response exchange(URI uri, Deadline deadline, Deadline latestStart) throws FetchException, InterruptedException {
        HostKey host = HostKey.of(uri);
        long crawlDelay = settings.obeyRobots() ? checkRobots(host, uri, deadline) : 0L;
        PolitenessGate.Permit permit;
        try {
            permit = context.gate().enter(host, crawlDelay, latestStart);
        } catch (PolitenessGate.HostBusy busy) {
            throw new FetchException(Reason.NOT_READY, uri + " not fetched: " + busy.getMessage(), busy.waitMillis(), null);
        } catch (IllegalStateException e) {
            throw new FetchException(Reason.NOT_READY, uri + " not fetched: " + e.getMessage(), 0, e);
        }
        try {
            return context.transport().get(uri, headers(), deadline, info -> plan(info, uri));
        } catch (BodyTooLarge e) {
            throw new FetchException(Reason.TOO_LARGE, uri + ": " + e.getMessage() + " (" + rawLimitName(e.limit()) + ")", 0, e);
        } catch (IOException e) {
            if (Failures.isStopping(e)) {
                throw new FetchException(Reason.NOT_READY, uri + " not fetched: the fetcher is stopping", 0, e);
            }
            throw Failures.isTransient(e) ? answer.transientFailure(uri, Failures.describe(e), e)
                    : new FetchException(Reason.OTHER, uri + ": " + Failures.describe(e), 0, e);
        } catch (IllegalStateException e) { // the fetcher stopped under this request: not the URL's fault
            throw new FetchException(Reason.NOT_READY, uri + " not fetched: the fetcher is stopping"
                    + (e.getMessage() != null ? " (" + e.getMessage() + ")" : ""), 0, e);
        } catch (IllegalArgumentException e) {
            throw new FetchException(Reason.OTHER, "cannot request " + uri + ": " + e.getMessage(), 0, e);
        } finally {
            permit.close();
        }
    }

    /** @return the host's Crawl-delay to honour */
    private long checkRobots(HostKey host, URI uri, Deadline deadline) throws FetchException, InterruptedException {
        RobotsRules rules = context.robots().rules(host, deadline);
        if (!rules.usable()) {
            throw answer.robotsUnreachable(uri, rules);
        }
        if (!rules.allows(uri.toString())) {
            String rule = rules.disallowingRule(uri);
            throw new FetchException(Reason.DISALLOWED, rules.robotsUri() + " disallows " + uri + " for user agent '"
                    + settings.robotsAgent() + "'" + (rule == null ? "" : " (" + rule + ")"));
        }
        return rules.crawlDelayMillis();
    }

    /** Runs on the client's thread once the status and headers are in: read the body, or not. */
    private BodyPlan plan(HttpResponse.ResponseInfo info, URI uri) {
        int status = info.statusCode();
        if (status / 100 != 2 || status == 204) {
            return BodyPlan.drain();
        }
        ContentType type = ContentType.parse(info.headers().firstValue("content-type").orElse(null));
        if (!settings.acceptedTypes().accepts(type.mediaType())) {
            return BodyPlan.reject(new FetchException(Reason.UNWANTED, uri + " is "
                    + (type.mediaType() == null ? "without a usable Content-Type" : type.mediaType())
                    + ", not one of acceptedTypes (" + settings.acceptedTypes() + ")"));
        }
        boolean encoded = !ContentEncodings.codings(info.headers().allValues("content-encoding")).isEmpty();
        long rawLimit = encoded ? settings.maxBodyBytes() : Math.min(settings.maxBodyBytes(), answer.contentLimit().bytes());
        OptionalLong length = contentLength(info);
        if (length.isPresent() && length.getAsLong() > rawLimit) {
            return BodyPlan.reject(new FetchException(Reason.TOO_LARGE, uri + ": Content-Length " + length.getAsLong()
                    + " is more than " + rawLimit + " bytes (" + rawLimitName(rawLimit) + "); not read"));
        }
        return BodyPlan.read(rawLimit);
    }

    private String rawLimitName(long limit) {
        return limit == settings.maxBodyBytes() ? "maxBodySize" : answer.contentLimit().name();
    }

    private static OptionalLong contentLength(HttpResponse.ResponseInfo info) {
        try {
            return info.headers().firstValueAsLong("content-length");
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    private Map<String, String> headers() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("User-Agent", settings.userAgent());
        headers.put("Accept", settings.acceptedTypes().acceptHeader());
        headers.put("Accept-Encoding", ContentEncodings.ACCEPTED);
        if (headerValue(request.etag)) {
            headers.put("If-None-Match", request.etag.trim());
        }
        if (headerValue(request.lastModified)) {
            headers.put("If-Modified-Since", request.lastModified.trim());
        }
        return headers;
    }

    private static boolean headerValue(String value) {
        return value != null && !value.isBlank() && value.chars().noneMatch(c -> c < 0x20 && c != '\t' || c == 0x7f);
    }

    private static URI start(String url) throws FetchException {
        if (url == null || url.isBlank()) {
            throw new FetchException(Reason.OTHER, "the request has no URL");
        }
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (URISyntaxException e) {
            throw new FetchException(Reason.OTHER, "malformed URL '" + url + "': " + e.getMessage());
        }
        try {
            HostKey.of(uri);
        } catch (IllegalArgumentException e) {
            throw new FetchException(Reason.OTHER, e.getMessage());
        }
        return uri.getRawPath() == null || uri.getRawPath().isEmpty() ? uri.resolve("/") : uri;
    }

    private static String path(List<URI> chain) {
        return chain.stream().map(URI::toString).collect(Collectors.joining(" -> "));
    }

    /**
     * The most content bytes a document may have, after decompression.
     *
     * @param bytes the limit
     * @param name where it comes from, for messages
     */
    record ContentLimit(long bytes, String name) {
    }
}
