package org.opencohesion.api.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.opencohesion.ingest.InputError;

/**
 * An RFC 9457 problem details document ({@code application/problem+json}).
 *
 * @param errors     for input problems: each error with its file, line, column, field and code
 * @param errorCount how many errors there were in all (the list is capped)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance,
                      List<InputError> errors, Integer errorCount) {
    public static final String TYPE_BASE = "https://opencohesion.org/problems/";

    public static Problem of(int status, String slug, String title, String detail) {
        return new Problem(TYPE_BASE + slug, title, status, detail, null, null, null);
    }

    public Problem at(String instance) {
        return new Problem(type, title, status, detail, instance, errors, errorCount);
    }
}
