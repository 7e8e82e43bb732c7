package org.opencohesion.api.http;

import io.javalin.http.Context;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * Validators for responses that are streamed rather than cached (dumps): sets {@code ETag} and
 * {@code Last-Modified}, and says whether the client's copy is current. {@code If-None-Match}
 * wins over {@code If-Modified-Since} when both are sent (RFC 9110, 13.2.2).
 */
public final class ConditionalGet {
    private ConditionalGet() {
    }

    /**
     * Sets the validators on the response.
     *
     * @param lastModified may be {@code null}: then only the ETag is sent
     * @return true when the request's preconditions say the client has this version (answer 304)
     */
    public static boolean notModified(Context ctx, String etag, Instant lastModified) {
        ctx.header("ETag", etag);
        if (lastModified != null) {
            ctx.header("Last-Modified", httpDate(lastModified));
        }
        String ifNoneMatch = ctx.header("If-None-Match");
        if (ifNoneMatch != null) {
            return ResponseCache.matches(ifNoneMatch, etag);
        }
        String ifModifiedSince = ctx.header("If-Modified-Since");
        if (ifModifiedSince != null && lastModified != null) {
            try {
                Instant since = DateTimeFormatter.RFC_1123_DATE_TIME.parse(ifModifiedSince.trim(), Instant::from);
                // HTTP dates have whole seconds; the store's times have fractions
                return !lastModified.truncatedTo(ChronoUnit.SECONDS).isAfter(since);
            } catch (DateTimeParseException e) {
                return false; // an invalid date is ignored (RFC 9110, 13.1.3)
            }
        }
        return false;
    }

    /** An HTTP date: {@code Tue, 3 Jun 2008 11:05:30 GMT}. */
    public static String httpDate(Instant when) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(when.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC));
    }
}
