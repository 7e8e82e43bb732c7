package org.opencohesion.api.http;

import java.util.Map;

/**
 * A response body ready to send or cache: its media type, bytes and the headers that belong to
 * the representation (e.g. {@code Link}).
 */
public record Rendered(String contentType, byte[] body, Map<String, String> headers) {
    public static Rendered json(byte[] body) {
        return new Rendered("application/json", body, Map.of());
    }
}
