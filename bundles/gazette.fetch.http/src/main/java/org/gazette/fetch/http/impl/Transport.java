package org.gazette.fetch.http.impl;

import java.io.IOException;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * One GET at a time on the JDK's {@link HttpClient}: no redirects followed (the caller does that,
 * hop by hop), no cookies, the body read by a {@link LimitedBody} as its {@link BodyPlan} says, and
 * the whole exchange, body included, bounded by a deadline. {@link #close} aborts every exchange in
 * flight and stops the client's threads.
 */
final class Transport implements AutoCloseable {

    /**
     * A response, its body read.
     *
     * @param status the HTTP status
     * @param headers the response headers
     * @param uri the URI requested
     * @param body the body as read (empty when the plan rejected it)
     * @param plan what was decided about the body
     */
    record Response(int status, HttpHeaders headers, URI uri, LimitedBody.Bytes body, BodyPlan plan) {
        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    /** The deadline passed before the response was complete. */
    static final class TimedOut extends IOException {
        private static final long serialVersionUID = 1L;

        TimedOut(String message) {
            super(message);
        }
    }

    private final ExecutorService executor = newExecutor();
    private final Set<Runnable> inFlight = ConcurrentHashMap.newKeySet();
    private final HttpClient client;
    private volatile boolean closed;
    private volatile boolean closing;

    Transport(FetchSettings settings) {
        HttpClient.Builder builder = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(settings.connectTimeout())
                .version(HttpClient.Version.HTTP_2)
                .executor(executor);
        if (settings.proxy() != null) {
            builder.proxy(ProxySelector.of(settings.proxy()));
        }
        this.client = builder.build();
    }

    /**
     * The client's threads. The thread factory must not refer to this transport: the client's selector
     * thread reaches the executor, and would otherwise keep the client itself reachable, so that the
     * selector thread never ends after {@link #close}.
     */
    private static ExecutorService newExecutor() {
        AtomicInteger threads = new AtomicInteger();
        return Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "gazette-fetch-http-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * @param uri what to get
     * @param headers request headers
     * @param deadline when the whole exchange must be over
     * @param planner decides, from the status and headers, what to do with the body
     * @return the response
     * @throws TimedOut when the deadline passed first
     * @throws BodyTooLarge when the body went over the plan's limit
     * @throws IOException when the exchange failed (connection refused or reset, TLS, ...)
     * @throws InterruptedException when interrupted (the exchange is aborted)
     * @throws IllegalStateException when the transport was closed
     */
    Response get(URI uri, Map<String, String> headers, Deadline deadline, Function<HttpResponse.ResponseInfo, BodyPlan> planner)
            throws IOException, InterruptedException {
        if (closed || closing) {
            throw new IllegalStateException("the fetcher is stopping");
        }
        long remaining = deadline.remainingNanos();
        if (remaining <= 0) {
            throw new TimedOut("no time left to request " + uri);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET().timeout(Duration.ofNanos(remaining));
        if ("http".equalsIgnoreCase(uri.getScheme())) {
            request.version(HttpClient.Version.HTTP_1_1); // no h2c upgrade attempts on plain HTTP
        }
        headers.forEach(request::header);
        AtomicReference<LimitedBody> body = new AtomicReference<>();
        CompletableFuture<HttpResponse<LimitedBody.Bytes>> future;
        try {
            future = client.sendAsync(request.build(), info -> {
                LimitedBody b = new LimitedBody(planner.apply(info));
                body.set(b);
                return b;
            });
        } catch (RejectedExecutionException e) { // closed between the check above and now
            throw new IllegalStateException("the fetcher is stopping", e);
        }
        Runnable abort = () -> abort(future, body, new FetcherStopping());
        inFlight.add(abort);
        try {
            if (closed) {
                abort.run();
            }
            HttpResponse<LimitedBody.Bytes> r = future.get(deadline.remainingNanos(), TimeUnit.NANOSECONDS);
            return new Response(r.statusCode(), r.headers(), uri, r.body(), body.get().plan());
        } catch (TimeoutException e) {
            TimedOut timedOut = new TimedOut("no complete response from " + uri + " in time");
            abort(future, body, timedOut);
            throw timedOut;
        } catch (InterruptedException e) {
            abort(future, body, new IOException("interrupted"));
            throw e;
        } catch (ExecutionException e) {
            throw unwrap(e);
        } finally {
            inFlight.remove(abort);
            if (closing && inFlight.isEmpty()) {
                close();
            }
        }
    }

    private static void abort(CompletableFuture<?> future, AtomicReference<LimitedBody> body, IOException why) {
        LimitedBody b = body.get();
        if (b != null) {
            b.abort(why);
        }
        future.cancel(true);
    }

    private static IOException unwrap(ExecutionException e) {
        Throwable cause = e.getCause();
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof IOException io) {
            return io;
        }
        if (cause instanceof RuntimeException re) {
            throw re;
        }
        return new IOException(cause);
    }

    /**
     * Refuses new exchanges at once and closes when the last one in flight has ended (each is bounded
     * by its own deadline): for a reconfiguration, where the exchanges already sent should complete.
     */
    void closeWhenIdle() {
        closing = true;
        if (inFlight.isEmpty()) {
            close();
        }
    }

    /** Aborts every exchange in flight and stops the client's threads. */
    @Override
    public void close() {
        closed = true;
        inFlight.forEach(Runnable::run);
        executor.shutdownNow();
    }
}
