package org.opencohesion.api.http;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.opencohesion.api.problem.ClientError;

/** Checks on query parameters shared by every endpoint. */
public final class QueryParams {
    private QueryParams() {}

    /**
     * Refuses parameters an endpoint does not take: a mistyped filter ({@code ?levl=ward}) would
     * otherwise silently return everything.
     */
    public static void requireOnly(Map<String, List<String>> params, Set<String> allowed) {
        for (String name : params.keySet()) {
            if (!allowed.contains(name)) {
                throw ClientError.badRequest(name, "unknown parameter '" + name + "'"
                        + (allowed.isEmpty() ? "; this resource takes none" : "; this resource takes " + String.join(", ", allowed.stream().sorted().toList())));
            }
        }
    }

    /** The parameter's value, or {@code null}; given twice is a 400. */
    public static String single(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            throw ClientError.badRequest(name, "give " + name + " once");
        }
        return values.get(0);
    }
}
