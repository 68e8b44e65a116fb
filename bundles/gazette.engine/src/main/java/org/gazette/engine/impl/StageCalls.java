package org.gazette.engine.impl;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Calls into stage services under a timeout. Each call runs on a pool thread while the caller
 * waits; a call that overruns is interrupted and abandoned, so a hung plugin costs a thread, not
 * the pipeline. The pool is bounded: when every thread is stuck, further calls fail at once.
 */
final class StageCalls implements AutoCloseable {
    private final ThreadPoolExecutor pool;

    StageCalls(int maxThreads) {
        pool = new ThreadPoolExecutor(0, maxThreads, 30, TimeUnit.SECONDS, new SynchronousQueue<>(),
                Threads.named("gazette-stage"));
    }

    <R> R call(Stage<?> stage, Duration timeout, Callable<R> body) throws StageFailure, InterruptedException {
        Future<R> future;
        stage.enter();
        try {
            future = pool.submit(() -> {
                try {
                    return body.call();
                } finally {
                    stage.exit();
                }
            });
        } catch (RejectedExecutionException e) {
            stage.exit();
            throw new StageFailure("no thread free to call " + stage + ": " + pool.getActiveCount()
                    + " calls are still running (stuck stages?)", e);
        }
        try {
            return timeout.isZero() ? future.get() : future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new StageFailure(stage + " did not finish within " + timeout.toMillis() + " ms", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new StageFailure(StageFailure.reason(cause), cause);
        } catch (InterruptedException e) {
            future.cancel(true);
            throw e;
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
