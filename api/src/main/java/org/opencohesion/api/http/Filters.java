package org.opencohesion.api.http;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.opencohesion.api.problem.ClientError;

/** Validation of filter values: a value the data cannot have is a 400 naming the parameter. */
public final class Filters {
    private Filters() {}

    /** One of an enum's values, e.g. {@code level=ward}. */
    public static <E> E oneOf(String parameter, String value, Function<String, E> parse, E[] values) {
        if (value == null) {
            return null;
        }
        try {
            return parse.apply(value);
        } catch (IllegalArgumentException e) {
            throw ClientError.badRequest(parameter, parameter + " must be one of "
                    + String.join(", ", Arrays.stream(values).map(String::valueOf).toList()) + ", not '" + value + "'");
        }
    }

    /** The id of something that exists, e.g. {@code area=W06000006}. */
    public static String known(String parameter, String value, Map<String, ?> existing, String what) {
        if (value != null && !existing.containsKey(value)) {
            throw ClientError.badRequest(parameter, "there is no " + what + " '" + value + "'");
        }
        return value;
    }

    /** Whether any of {@code texts} contains {@code q}, ignoring case. */
    public static boolean matchesText(String q, String... texts) {
        if (q == null) {
            return true;
        }
        String needle = q.toLowerCase(Locale.ROOT);
        for (String t : texts) {
            if (t != null && t.toLowerCase(Locale.ROOT).contains(needle)) {
                return true;
            }
        }
        return false;
    }
}
