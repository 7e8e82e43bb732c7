package org.opencohesion.api.http;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.PreEncodedHttpField;
import org.opencohesion.api.problem.ClientError;
import org.opencohesion.api.problem.Problem;

/**
 * One rendered response as the cache keeps it: its plain bytes and, when worth it, its gzipped
 * bytes, each with every header it is sent with worked out once, when it is stored. A hit then
 * only picks a variant, compares validators and writes: the cost of a cached GET is paid per
 * request, so nothing that can be known in advance is left to it.
 */
final class CachedResponse {
    private static final String CACHE_CONTROL = "public, max-age=60";

    /**
     * One set of bytes with its headers: {@code validators} go on a 304 too (RFC 9110 15.4.5:
     * ETag, Cache-Control and Vary), {@code representation} only with the body; made once, as
     * {@link ResponseFields} sets them.
     */
    private record Variant(byte[] body, String etag, HttpField[] validators, HttpField[] representation) {}

    private final Variant plain;
    private final Variant gzipped;

    private CachedResponse(Variant plain, Variant gzipped) {
        this.plain = plain;
        this.gzipped = gzipped;
    }

    /** Hashes, compresses and lays out the headers of {@code rendered}: once, when it is cached. */
    static CachedResponse of(Rendered rendered) {
        byte[] body = rendered.body();
        String etag = etag(body);
        if (!Gzip.worthIt(body)) {
            return new CachedResponse(variant(rendered, body, etag, "Accept", null), null);
        }
        String vary = "Accept, Accept-Encoding";
        // a strong validator names one representation: the gzipped bytes are another one
        String gzipEtag = etag.substring(0, etag.length() - 1) + "-gzip\"";
        return new CachedResponse(variant(rendered, body, etag, vary, null),
                variant(rendered, Gzip.compress(body), gzipEtag, vary, "gzip"));
    }

    /** What the entry costs the cache: the bytes it holds. */
    int weight() {
        return plain.body().length + (gzipped == null ? 0 : gzipped.body().length);
    }

    /**
     * Sends the variant the request accepts, or a 304 when the client has it. The body is written
     * straight to the servlet's stream, its length set: {@code ctx.result(bytes)} would have
     * Javalin copy it through a 32 KB buffer allocated per request, then into Jetty's buffer.
     */
    void send(Context ctx) {
        Variant v = gzipped != null && Gzip.accepted(ctx.header("Accept-Encoding")) ? gzipped : plain;
        boolean matched = ResponseCache.matches(ctx.header("If-None-Match"), v.etag());
        if (matched && ctx.method() != HandlerType.GET && ctx.method() != HandlerType.HEAD) {
            // RFC 9110 13.1.2: a matching If-None-Match on other methods is 412, not 304
            throw new ClientError(Problem.of(412, "precondition-failed", "Precondition failed",
                    "If-None-Match matches the current answer; a POST answers 412 rather than 304"));
        }
        HttpServletResponse res = ctx.res();
        ResponseFields.put(res, v.validators());
        if (matched) {
            ctx.status(304);
            return;
        }
        ResponseFields.put(res, v.representation());
        try {
            res.getOutputStream().write(v.body());
        } catch (IOException e) {
            // the client has gone (Jetty has already aborted the response): nothing is left to answer
        }
    }

    private static Variant variant(Rendered rendered, byte[] body, String etag, String vary, String encoding) {
        HttpField[] validators = {
            new PreEncodedHttpField(HttpHeader.ETAG, etag),
            new PreEncodedHttpField(HttpHeader.CACHE_CONTROL, CACHE_CONTROL),
            new PreEncodedHttpField(HttpHeader.VARY, vary)};
        List<HttpField> representation = new ArrayList<>();
        rendered.headers().forEach((name, value) -> representation.add(new PreEncodedHttpField(name, value)));
        representation.add(new PreEncodedHttpField(HttpHeader.CONTENT_TYPE, rendered.contentType()));
        if (encoding != null) {
            representation.add(new PreEncodedHttpField(HttpHeader.CONTENT_ENCODING, encoding));
        }
        representation.add(new PreEncodedHttpField(HttpHeader.CONTENT_LENGTH, body.length));
        return new Variant(body, etag, validators, representation.toArray(new HttpField[0]));
    }

    private static String etag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 27) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
