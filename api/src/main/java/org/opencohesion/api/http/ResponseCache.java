package org.opencohesion.api.http;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongFunction;
import org.opencohesion.api.problem.ClientError;
import org.opencohesion.api.problem.Problem;
import org.opencohesion.rdf.store.Store;

/**
 * Serves GETs from a cache of rendered responses keyed by the store generation, the negotiated
 * representation, the path and the sorted query, so a write is visible to the very next request
 * (its generation is new, so is every key). Entries carry a strong ETag (a hash of the bytes);
 * {@code If-None-Match} answers 304. Bodies worth compressing are gzipped once, when cached, and
 * sent as they are to clients that accept gzip: compressing on every hit cost more than the rest
 * of a cached GET together. The cache is bounded by the bytes it holds.
 *
 * <pre>{@code
 * config.routes.get("/api/v1/areas", cache.get(true, (ctx, request) -> render(ctx, request)));
 * }</pre>
 */
public final class ResponseCache {
    /** Attribute set on each request for the access log: {@code hit}, {@code miss} or {@code off}. */
    public static final String OUTCOME = "opencohesion.cache";
    private static final String CACHE_CONTROL = "public, max-age=60";

    /** What a renderer is asked for: data at least as new as {@code generation}, as {@code representation}. */
    public record Request(long generation, Representation representation) {}

    /** Renders one GET; may throw {@code ClientError}, which is never cached. */
    public interface Renderer {
        Rendered render(Context ctx, Request request);
    }

    private record Entry(Rendered rendered, String etag, byte[] gzipped, String gzipEtag) {
        int weight() {
            return rendered.body().length + (gzipped == null ? 0 : gzipped.length);
        }
    }

    private final Store store;
    private final Cache<String, Entry> cache;
    private final Counter hits;
    private final Counter misses;

    public ResponseCache(Store store, long maxBytes, MeterRegistry registry) {
        this.store = store;
        this.cache = maxBytes <= 0 ? null : Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((String key, Entry e) -> key.length() * 2 + e.weight() + 256)
                .build();
        this.hits = Counter.builder("opencohesion.response.cache").tag("result", "hit").register(registry);
        this.misses = Counter.builder("opencohesion.response.cache").tag("result", "miss").register(registry);
        registry.gauge("opencohesion.response.cache.entries", this, c -> c.cache == null ? 0 : c.cache.estimatedSize());
    }

    /** A handler serving {@code renderer}'s responses through the cache. */
    public Handler get(boolean offersCsv, Renderer renderer) {
        return ctx -> {
            Representation representation = Representation.negotiate(ctx, offersCsv);
            serve(ctx, representation + " " + ctx.path() + "?" + canonicalQuery(ctx.queryParamMap()),
                    generation -> renderer.render(ctx, new Request(generation, representation)));
        };
    }

    /**
     * Answers a GET from the cache, rendering on a miss. {@code key} names everything the response
     * depends on besides the store generation (the negotiated format, the path, any query that
     * matters); {@code renderer} is given the generation to render at least. For handlers that
     * negotiate their own formats (linked data, the catalogue).
     */
    public void serve(Context ctx, String key, LongFunction<Rendered> renderer) {
        long generation = store.generation();
        Entry entry;
        if (cache == null) {
            entry = render(renderer, generation);
            ctx.attribute(OUTCOME, "off");
            misses.increment();
        } else {
            boolean[] missed = {false};
            entry = cache.get(generation + " " + key, k -> {
                missed[0] = true;
                return render(renderer, generation);
            });
            ctx.attribute(OUTCOME, missed[0] ? "miss" : "hit");
            (missed[0] ? misses : hits).increment();
        }
        send(ctx, entry);
    }

    /**
     * Like {@link #serve}, for renderers that may take seconds (SPARQL queries), GET or POST: a
     * miss is rendered outside the cache, since Caffeine would hold up other keys while a loader
     * runs. Identical requests arriving together are each rendered then, not coalesced.
     * {@code renderer} may throw; nothing is cached then.
     */
    public void serveSlow(Context ctx, String key, LongFunction<Rendered> renderer) {
        long generation = store.generation();
        String fullKey = generation + " " + key;
        Entry entry = cache == null ? null : cache.getIfPresent(fullKey);
        if (entry != null) {
            ctx.attribute(OUTCOME, "hit");
            hits.increment();
        } else {
            entry = render(renderer, generation);
            if (cache != null) {
                cache.put(fullKey, entry);
            }
            ctx.attribute(OUTCOME, cache == null ? "off" : "miss");
            misses.increment();
        }
        send(ctx, entry);
    }

    /** Drops every entry; the generation already keeps old ones from being served, this frees their memory. */
    public void clear() {
        if (cache != null) {
            cache.invalidateAll();
        }
    }

    private static Entry render(LongFunction<Rendered> renderer, long generation) {
        Rendered r = renderer.apply(generation);
        String etag = etag(r.body());
        byte[] gzipped = Gzip.worthIt(r.body()) ? Gzip.compress(r.body()) : null;
        // a strong validator names one representation: the gzipped bytes are another one
        return new Entry(r, etag, gzipped, gzipped == null ? null : etag.substring(0, etag.length() - 1) + "-gzip\"");
    }

    private static void send(Context ctx, Entry entry) {
        boolean gzip = entry.gzipped() != null && Gzip.accepted(ctx.header("Accept-Encoding"));
        String etag = gzip ? entry.gzipEtag() : entry.etag();
        boolean matched = matches(ctx.header("If-None-Match"), etag);
        if (matched && ctx.method() != HandlerType.GET && ctx.method() != HandlerType.HEAD) {
            // RFC 9110 13.1.2: a matching If-None-Match on other methods is 412, not 304; decided before
            // the ETag is set, since Javalin turns any response whose ETag matches into a 304
            throw new ClientError(Problem.of(412, "precondition-failed", "Precondition failed",
                    "If-None-Match matches the current answer; a POST answers 412 rather than 304"));
        }
        ctx.header("ETag", etag);
        ctx.header("Cache-Control", CACHE_CONTROL);
        ctx.header("Vary", entry.gzipped() != null ? "Accept, Accept-Encoding" : "Accept");
        if (matched) {
            ctx.status(304);
            return;
        }
        entry.rendered().headers().forEach(ctx::header);
        ctx.contentType(entry.rendered().contentType());
        if (gzip) {
            // Javalin leaves a response alone once it has a Content-Encoding
            ctx.header("Content-Encoding", "gzip").result(entry.gzipped());
        } else {
            ctx.result(entry.rendered().body());
        }
    }

    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String c = candidate.trim();
            if (c.equals("*") || c.equals(etag) || c.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }

    static String canonicalQuery(Map<String, List<String>> params) {
        StringBuilder sb = new StringBuilder();
        new TreeMap<>(params).forEach((k, vs) -> vs.forEach(v -> sb.append(k.length()).append(':').append(k).append('=')
                .append(v.length()).append(':').append(v).append('&')));
        return sb.toString();
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
