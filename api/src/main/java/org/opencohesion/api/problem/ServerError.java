package org.opencohesion.api.problem;

import java.util.Map;

/**
 * The service could not answer (5xx), through no fault of the request. One without a cause is an
 * expected refusal (busy, out of time) rather than a failure, and is logged without a stack trace.
 */
public class ServerError extends RuntimeException {
    private final Problem problem;
    private final Map<String, String> headers;

    public ServerError(Problem problem, Throwable cause) {
        this(problem, cause, Map.of());
    }

    /** With response headers that belong to the problem, e.g. {@code Retry-After}. */
    public ServerError(Problem problem, Throwable cause, Map<String, String> headers) {
        super(problem.detail(), cause);
        this.problem = problem;
        this.headers = Map.copyOf(headers);
    }

    public Problem problem() {
        return problem;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
