package org.gazette.fetch.http.impl;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body into memory, at most a limit: over it, the subscription is cancelled
 * (which closes the connection) and the body is either cut or failed with {@link BodyTooLarge}.
 * {@link #abort} cancels it from outside, when the fetch's time is up or the fetcher stops.
 */
final class LimitedBody implements HttpResponse.BodySubscriber<LimitedBody.Bytes> {

    /**
     * The body as read.
     *
     * @param content the bytes (still encoded as the {@code Content-Encoding} says)
     * @param truncated whether the body went on beyond what was kept
     */
    record Bytes(byte[] content, boolean truncated) {
        static final Bytes NONE = new Bytes(new byte[0], false);
    }

    private final BodyPlan plan;
    private final CompletableFuture<Bytes> result = new CompletableFuture<>();
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private volatile Flow.Subscription subscription;

    LimitedBody(BodyPlan plan) {
        this.plan = plan;
    }

    BodyPlan plan() {
        return plan;
    }

    @Override
    public CompletionStage<Bytes> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        if (result.isDone()) {
            s.cancel();
        } else if (plan.rejection() != null) {
            s.cancel();
            result.complete(Bytes.NONE);
        } else {
            s.request(1);
        }
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        if (result.isDone()) {
            return;
        }
        for (ByteBuffer item : items) {
            long room = plan.limit() - bytes.size();
            if (item.remaining() > room) {
                if (plan.truncate()) {
                    write(item, (int) room);
                    result.complete(new Bytes(bytes.toByteArray(), true));
                } else {
                    result.completeExceptionally(new BodyTooLarge("the body", plan.limit()));
                }
                subscription.cancel();
                return;
            }
            write(item, item.remaining());
        }
        subscription.request(1);
    }

    private void write(ByteBuffer item, int length) {
        if (item.hasArray()) {
            bytes.write(item.array(), item.arrayOffset() + item.position(), length);
        } else {
            byte[] chunk = new byte[length];
            item.get(chunk);
            bytes.write(chunk, 0, length);
        }
    }

    @Override
    public void onError(Throwable failure) {
        result.completeExceptionally(failure);
    }

    @Override
    public void onComplete() {
        result.complete(new Bytes(bytes.toByteArray(), false));
    }

    /** Stops reading: fails the body with {@code why} and cancels the subscription. */
    void abort(Throwable why) {
        result.completeExceptionally(why);
        Flow.Subscription s = subscription;
        if (s != null) {
            s.cancel();
        }
    }
}
