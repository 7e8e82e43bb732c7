package org.opencohesion.api.http;

import io.javalin.http.Context;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.opencohesion.api.problem.ClientError;

/**
 * The parameters every list takes ({@code limit}, {@code offset}, {@code sort}, {@code q},
 * {@code format}, {@code bom}) plus the list's own filters, validated: an unknown or repeated
 * parameter, or a value out of range, is a 400 naming it.
 */
public record ListQuery(int limit, int offset, List<SortKey> sort, String q, boolean bom, Map<String, String> filters) {
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 1000;
    private static final Set<String> COMMON = Set.of("limit", "offset", "sort", "q", "format", "bom");

    public static ListQuery parse(Context ctx, Set<String> filterNames, Set<String> sortFields, List<SortKey> defaultSort) {
        Map<String, List<String>> params = ctx.queryParamMap();
        Set<String> allowed = new HashSet<>(COMMON);
        allowed.addAll(filterNames);
        QueryParams.requireOnly(params, allowed);
        int limit = integer(params, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
        int offset = integer(params, "offset", 0, 0, Integer.MAX_VALUE);
        String sort = QueryParams.single(params, "sort");
        List<SortKey> keys = sort == null ? defaultSort : SortKey.parse(sort, sortFields);
        String q = QueryParams.single(params, "q");
        if (q != null && q.length() > 200) {
            throw ClientError.badRequest("q", "q is limited to 200 characters");
        }
        String bom = QueryParams.single(params, "bom");
        if (bom != null && !bom.equals("true") && !bom.equals("false")) {
            throw ClientError.badRequest("bom", "bom must be 'true' or 'false'");
        }
        Map<String, String> filters = new java.util.LinkedHashMap<>();
        for (String name : filterNames) {
            String v = QueryParams.single(params, name);
            if (v != null) {
                filters.put(name, v);
            }
        }
        return new ListQuery(limit, offset, keys, q == null || q.isBlank() ? null : q, "true".equals(bom), filters);
    }

    public String filter(String name) {
        return filters.get(name);
    }

    private static int integer(Map<String, List<String>> params, String name, int dflt, int min, int max) {
        String v = QueryParams.single(params, name);
        if (v == null) {
            return dflt;
        }
        try {
            int n = Integer.parseInt(v);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ClientError.badRequest(name, name + " must be an integer from " + min + (max == Integer.MAX_VALUE ? " up" : " to " + max) + ", not '" + v + "'");
    }
}
