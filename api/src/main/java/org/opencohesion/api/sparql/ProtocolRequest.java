package org.opencohesion.api.sparql;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.opencohesion.api.problem.ClientError;
import org.opencohesion.api.problem.Problem;

/**
 * One SPARQL 1.1 Protocol query operation, read from a request and checked: a GET with
 * {@code query=}, a POST of a form, or a POST of the query itself ({@code application/sparql-query},
 * UTF-8). Updates, in any of their forms, are refused: the endpoint is read-only.
 *
 * @param query         the query text, or {@code null} for a GET without one (service description or query page)
 * @param defaultGraphs {@code default-graph-uri} values, absolute IRIs
 * @param namedGraphs   {@code named-graph-uri} values, absolute IRIs
 * @param format        {@code format=} (or {@code output=}), or {@code null}
 * @param accept        the {@code Accept} header, or {@code null}
 * @param get           true for GET (and HEAD)
 */
record ProtocolRequest(String query, List<String> defaultGraphs, List<String> namedGraphs, String format, String accept, boolean get) {
    static final String FORM = "application/x-www-form-urlencoded";
    static final String SPARQL_QUERY = "application/sparql-query";
    static final String SPARQL_UPDATE = "application/sparql-update";

    /**
     * @throws ClientError 400 for a malformed operation, 403 for an update, 413/414 for a query
     *                     over {@code maxQueryBytes}, 415 for a POST of anything else
     */
    static ProtocolRequest read(Context ctx, int maxQueryBytes) {
        Map<String, List<String>> url = ctx.queryParamMap();
        if (url.containsKey("update") || url.containsKey("using-graph-uri") || url.containsKey("using-named-graph-uri")) {
            throw readOnly();
        }
        boolean get = ctx.method() == HandlerType.GET || ctx.method() == HandlerType.HEAD;
        if (get) {
            String query = single(url, "query");
            if (query != null && utf8Length(query) > maxQueryBytes) {
                throw tooLong(414, "URI too long", maxQueryBytes, "send long queries with POST");
            }
            return of(query, url, ctx.header("Accept"), true);
        }
        String mediaType = mediaType(ctx.contentType());
        if (mediaType == null) {
            throw unsupported("a POST needs a Content-Type");
        }
        switch (mediaType) {
            case FORM -> {
                // percent-encoding may triple a query's length; other parameters are short
                byte[] body = body(ctx, 3L * maxQueryBytes + 16 * 1024, maxQueryBytes);
                Map<String, List<String>> form = decodeForm(new String(body, StandardCharsets.US_ASCII));
                if (form.containsKey("update")) {
                    throw readOnly();
                }
                if (url.containsKey("query") && form.containsKey("query")) {
                    throw twice();
                }
                Map<String, List<String>> params = merge(url, form);
                String query = single(params, "query");
                if (query == null) {
                    throw ClientError.badRequest("query", "a form POST to /sparql carries the query in its 'query' parameter");
                }
                if (utf8Length(query) > maxQueryBytes) {
                    throw tooLong(413, "Content too large", maxQueryBytes, "shorten the query");
                }
                return of(query, params, ctx.header("Accept"), false);
            }
            case SPARQL_QUERY -> {
                String charset = charset(ctx.contentType());
                if (charset != null && !charset.equals("utf-8")) {
                    throw unsupported("a SPARQL query is sent as UTF-8, not " + charset);
                }
                if (url.containsKey("query")) {
                    throw twice();
                }
                String query = utf8(body(ctx, maxQueryBytes, maxQueryBytes));
                return of(query, url, ctx.header("Accept"), false);
            }
            case SPARQL_UPDATE -> throw readOnly();
            default -> throw unsupported("POST a query as " + FORM + " or " + SPARQL_QUERY + ", not " + mediaType);
        }
    }

    private static ProtocolRequest of(String query, Map<String, List<String>> params, String accept, boolean get) {
        String format = single(params, "format");
        String output = single(params, "output");
        if (format != null && output != null && !format.equalsIgnoreCase(output)) {
            throw ClientError.badRequest("format", "format and output name the same thing; give one, or the same value twice");
        }
        return new ProtocolRequest(query, iris(params, "default-graph-uri"), iris(params, "named-graph-uri"),
                format != null ? format : output, accept, get);
    }

    private static String single(Map<String, List<String>> params, String name) {
        List<String> values = params.getOrDefault(name, List.of());
        if (values.size() > 1) {
            if (name.equals("query")) {
                throw twice();
            }
            throw ClientError.badRequest(name, "give '" + name + "' once");
        }
        return values.isEmpty() ? null : values.get(0);
    }

    private static List<String> iris(Map<String, List<String>> params, String name) {
        List<String> iris = new ArrayList<>();
        for (String value : params.getOrDefault(name, List.of())) {
            try {
                if (!IRIx.create(value).isAbsolute()) {
                    throw ClientError.badRequest(name, "'" + value + "' is not an absolute IRI");
                }
            } catch (IRIException e) {
                throw ClientError.badRequest(name, "'" + value + "' is not an IRI: " + e.getMessage());
            }
            iris.add(value);
        }
        return List.copyOf(iris);
    }

    private static byte[] body(Context ctx, long maxBytes, int maxQueryBytes) {
        long declared = ctx.contentLength();
        if (declared > maxBytes) {
            throw tooLong(413, "Content too large", maxQueryBytes, "shorten the query");
        }
        try (InputStream in = ctx.bodyInputStream()) {
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (body.length > maxBytes) {
                throw tooLong(413, "Content too large", maxQueryBytes, "shorten the query");
            }
            return body;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw ClientError.badRequest("query", "the query is not valid UTF-8");
        }
    }

    /** An {@code application/x-www-form-urlencoded} body; its values are UTF-8, as HTML forms send them. */
    static Map<String, List<String>> decodeForm(String body) {
        Map<String, List<String>> form = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            try {
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                form.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
            } catch (IllegalArgumentException e) {
                throw ClientError.badRequest("body", "the form is not correctly percent-encoded: " + e.getMessage());
            }
        }
        return form;
    }

    private static Map<String, List<String>> merge(Map<String, List<String>> a, Map<String, List<String>> b) {
        Map<String, List<String>> merged = new LinkedHashMap<>();
        a.forEach((k, v) -> merged.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
        b.forEach((k, v) -> merged.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
        return merged;
    }

    private static String mediaType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return null;
        }
        return contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    }

    private static String charset(String contentType) {
        for (String param : contentType.split(";")) {
            String p = param.trim().toLowerCase(Locale.ROOT);
            if (p.startsWith("charset=")) {
                return p.substring("charset=".length()).replace("\"", "").trim();
            }
        }
        return null;
    }

    private static int utf8Length(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    private static ClientError readOnly() {
        return new ClientError(Problem.of(403, "read-only", "This endpoint is read-only",
                "SPARQL updates are not accepted here; the data is published through ingest and the datasets API"));
    }

    private static ClientError twice() {
        return ClientError.badRequest("query", "give exactly one query: 'query' appears more than once, or both in the URL and in the body");
    }

    private static ClientError tooLong(int status, String title, int maxQueryBytes, String advice) {
        return new ClientError(Problem.of(status, "query-too-long", title,
                "queries are limited to " + maxQueryBytes + " bytes; " + advice));
    }

    private static ClientError unsupported(String detail) {
        return new ClientError(Problem.of(415, "unsupported-media-type", "Unsupported media type", detail));
    }
}
