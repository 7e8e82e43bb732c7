package org.opencohesion.rdf.store;

import java.time.Duration;

/** A query ran out of time and was cancelled: its work has stopped. */
public class QueryTimeoutException extends RuntimeException {
    private final Duration timeout;

    public QueryTimeoutException(Duration timeout, Throwable cause) {
        super("the query was stopped after " + timeout.toMillis() + " ms", cause);
        this.timeout = timeout;
    }

    public Duration timeout() {
        return timeout;
    }
}
