package org.opencohesion.api.problem;

/** The service could not answer (5xx), through no fault of the request. */
public class ServerError extends RuntimeException {
    private final Problem problem;

    public ServerError(Problem problem, Throwable cause) {
        super(problem.detail(), cause);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
