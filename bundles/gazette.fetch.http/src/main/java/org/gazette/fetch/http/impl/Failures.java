package org.gazette.fetch.http.impl;

import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;

import javax.net.ssl.SSLException;

/** Reads what a failed exchange means: a message for operators, and whether trying again may help. */
final class Failures {

    private Failures() {
    }

    /** @return a short description of the failure */
    static String describe(IOException e) {
        if (unknownHost(e)) {
            return "unknown host";
        }
        if (e instanceof HttpConnectTimeoutException) {
            return "connect timed out";
        }
        if (e instanceof Transport.TimedOut) {
            return e.getMessage();
        }
        if (e instanceof HttpTimeoutException) {
            return "timed out waiting for the response";
        }
        if (e instanceof ConnectException) {
            return "connection refused or unreachable" + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")");
        }
        if (e instanceof SSLException) {
            return "TLS failure: " + e.getMessage();
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    /** @return whether the failure may go away by itself: timeouts, refused and reset connections, early EOF */
    static boolean isTransient(IOException e) {
        return !unknownHost(e) && !(e instanceof SSLException) && !(e instanceof BodyTooLarge)
                && !(e instanceof ContentEncodings.Unsupported);
    }

    /** @return whether the exchange was aborted because the fetcher is stopping */
    static boolean isStopping(IOException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof FetcherStopping) {
                return true;
            }
        }
        return false;
    }

    private static boolean unknownHost(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UnresolvedAddressException || t instanceof UnknownHostException) {
                return true;
            }
        }
        return false;
    }
}
