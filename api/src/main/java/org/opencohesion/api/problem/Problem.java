package org.opencohesion.api.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.opencohesion.ingest.InputError;

/**
 * An RFC 9457 problem details document ({@code application/problem+json}).
 *
 * @param parameter  for a 400 about a parameter or header: its name
 * @param errors     for input problems: each error with its file, line, column, field and code
 * @param errorCount how many errors there were in all (the list is capped)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, String parameter,
                      List<InputError> errors, Integer errorCount) {
    public static final String TYPE_BASE = "https://opencohesion.org/problems/";

    public static Problem of(int status, String slug, String title, String detail) {
        return new Problem(TYPE_BASE + slug, title, status, detail, null, null, null, null);
    }

    /** A 400 about one query parameter or header, named in {@code parameter}. */
    public static Problem badParameter(String parameter, String detail) {
        return new Problem(TYPE_BASE + "invalid-parameter", "Invalid parameter '" + parameter + "'", 400, detail, null, parameter, null, null);
    }

    public Problem at(String instance) {
        return new Problem(type, title, status, detail, instance, parameter, errors, errorCount);
    }
}
