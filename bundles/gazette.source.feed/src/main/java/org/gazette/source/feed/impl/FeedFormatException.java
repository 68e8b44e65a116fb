package org.gazette.source.feed.impl;

/** The bytes are not a feed this source can read: not well-formed, unsafe, too deep, or not RSS or Atom. */
final class FeedFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    FeedFormatException(String message) {
        super(message);
    }

    FeedFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
