package org.opencohesion.api.http;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.function.LongFunction;
import org.opencohesion.rdf.store.Store;

/**
 * Serves GETs from a cache of rendered responses keyed by the store generation, the negotiated
 * representation, the path and the query in a canonical order ({@link RawQuery#canonical}), so a write is visible to the very next request
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

    /** What a renderer is asked for: data at least as new as {@code generation}, as {@code representation}. */
    public record Request(long generation, Representation representation) {}

    /** Renders one GET; may throw {@code ClientError}, which is never cached. */
    public interface Renderer {
        Rendered render(Context ctx, Request request);
    }

    private final Store store;
    private final Cache<String, CachedResponse> cache;
    private final Counter hits;
    private final Counter misses;

    public ResponseCache(Store store, long maxBytes, MeterRegistry registry) {
        this.store = store;
        this.cache = maxBytes <= 0 ? null : Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((String key, CachedResponse r) -> key.length() * 2 + r.weight() + 256)
                .build();
        this.hits = Counter.builder("opencohesion.response.cache").tag("result", "hit").register(registry);
        this.misses = Counter.builder("opencohesion.response.cache").tag("result", "miss").register(registry);
        registry.gauge("opencohesion.response.cache.entries", this, c -> c.cache == null ? 0 : c.cache.estimatedSize());
    }

    /** A handler serving {@code renderer}'s responses through the cache. */
    public Handler get(boolean offersCsv, Renderer renderer) {
        return ctx -> {
            String query = ctx.queryString();
            Representation representation = Representation.negotiate(RawQuery.first(query, "format", ctx::queryParamMap),
                    ctx.header("Accept"), offersCsv);
            long generation = store.generation();
            String key = new StringBuilder(96).append(generation).append(' ').append(representation).append(' ')
                    .append(ctx.path()).append('?').append(RawQuery.canonical(query, ctx::queryParamMap)).toString();
            serve(ctx, generation, key, g -> renderer.render(ctx, new Request(g, representation)));
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
        serve(ctx, generation, generation + " " + key, renderer);
    }

    private void serve(Context ctx, long generation, String fullKey, LongFunction<Rendered> renderer) {
        CachedResponse response;
        if (cache == null) {
            response = render(renderer, generation);
            ctx.attribute(OUTCOME, "off");
            misses.increment();
        } else if ((response = cache.getIfPresent(fullKey)) != null) {
            ctx.attribute(OUTCOME, "hit");
            hits.increment();
        } else {
            boolean[] missed = {false};
            response = cache.get(fullKey, k -> {
                missed[0] = true;
                return render(renderer, generation);
            });
            // another request may have stored it in between: then this one is a hit after all
            ctx.attribute(OUTCOME, missed[0] ? "miss" : "hit");
            (missed[0] ? misses : hits).increment();
        }
        response.send(ctx);
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
        CachedResponse response = cache == null ? null : cache.getIfPresent(fullKey);
        if (response != null) {
            ctx.attribute(OUTCOME, "hit");
            hits.increment();
        } else {
            response = render(renderer, generation);
            if (cache != null) {
                cache.put(fullKey, response);
            }
            ctx.attribute(OUTCOME, cache == null ? "off" : "miss");
            misses.increment();
        }
        response.send(ctx);
    }

    /** Drops every entry; the generation already keeps old ones from being served, this frees their memory. */
    public void clear() {
        if (cache != null) {
            cache.invalidateAll();
        }
    }

    private static CachedResponse render(LongFunction<Rendered> renderer, long generation) {
        return CachedResponse.of(renderer.apply(generation));
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
}
