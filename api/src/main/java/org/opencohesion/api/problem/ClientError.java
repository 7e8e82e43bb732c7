package org.opencohesion.api.problem;

/** The request was wrong (4xx). Thrown by handlers; rendered as a problem by {@link ProblemHandler}. */
public class ClientError extends RuntimeException {
    private final Problem problem;

    public ClientError(Problem problem) {
        super(problem.detail());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public static ClientError badRequest(String parameter, String detail) {
        return new ClientError(Problem.badParameter(parameter, detail));
    }

    public static ClientError notFound(String detail) {
        return new ClientError(Problem.of(404, "not-found", "Not found", detail));
    }
}
