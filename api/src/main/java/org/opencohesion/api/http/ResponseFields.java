package org.opencohesion.api.http;

import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.jetty.ee10.servlet.ServletApiResponse;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;

/**
 * Sets response headers made once, as Jetty fields, rather than from a name and a value on every
 * request: Jetty builds a field per {@code setHeader}, looking its name up among the known headers,
 * which was most of what setting a cached response's headers cost. {@link
 * org.eclipse.jetty.http.PreEncodedHttpField}s also keep their HTTP/1.1 bytes.
 */
final class ResponseFields {
    private ResponseFields() {}

    /** Sets each field, replacing any of the same name, as {@code setHeader} would. */
    static void put(HttpServletResponse res, HttpField... fields) {
        if (res instanceof ServletApiResponse jetty) {
            // the list that setHeader, setContentType and setContentLength write to
            HttpFields.Mutable headers = jetty.getResponse().getHeaders();
            for (HttpField f : fields) {
                headers.put(f);
            }
        } else {
            for (HttpField f : fields) {
                res.setHeader(f.getName(), f.getValue());
            }
        }
    }
}
