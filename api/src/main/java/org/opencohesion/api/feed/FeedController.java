package org.opencohesion.api.feed;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.Map;
import java.util.Set;
import org.opencohesion.api.http.AcceptHeader;
import org.opencohesion.api.http.QueryParams;
import org.opencohesion.api.http.Rendered;
import org.opencohesion.api.http.ResponseCache;
import org.opencohesion.api.http.Routes;
import org.opencohesion.api.problem.ClientError;
import org.opencohesion.api.problem.Problem;

/**
 * The change feed, an Activity Streams 2.0 collection of dataset versions:
 * <ul>
 *   <li>{@code GET /feed}: the {@code OrderedCollection} (how many activities, where the first page is)</li>
 *   <li>{@code GET /feed?since={generation}}: an {@code OrderedCollectionPage} of the activities
 *       committed after that store generation, oldest first, with {@code next} while there are more</li>
 * </ul>
 * {@code application/activity+json} unless {@code application/ld+json} is preferred; through the
 * response cache (ETag, 304, gzip). A page's body changes only when an activity joins it, so a
 * harvester polling {@code ?since=} with {@code If-None-Match} gets 304 until something changed.
 */
public final class FeedController {
    static final String ACTIVITY_JSON = "application/activity+json";
    static final String LD_JSON = "application/ld+json; profile=\"https://www.w3.org/ns/activitystreams\"";

    private final FeedService feed;
    private final FeedDocuments documents;
    private final ResponseCache cache;

    public FeedController(FeedService feed, FeedDocuments documents, ResponseCache cache) {
        this.feed = feed;
        this.documents = documents;
        this.cache = cache;
    }

    public void register(JavalinConfig config) {
        Routes.getAndHead(config, "/feed", this::feed);
    }

    private void feed(Context ctx) {
        QueryParams.requireOnly(ctx.queryParamMap(), Set.of("since"));
        String contentType = negotiate(ctx.header("Accept"));
        String since = ctx.queryParam("since");
        if (since == null) {
            cache.serve(ctx, "feed " + contentType, generation -> new Rendered(contentType, documents.collection(feed.total()), Map.of()));
            return;
        }
        long after = generation(since);
        cache.serve(ctx, "feed " + contentType + " " + after,
                generation -> new Rendered(contentType, documents.page(after, feed.after(after)), Map.of()));
    }

    private static long generation(String since) {
        try {
            long g = Long.parseLong(since);
            if (g >= 0) {
                return g;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ClientError.badRequest("since", "since is a store generation (a whole number, 0 for the whole feed), not '" + since + "'");
    }

    private static String negotiate(String accept) {
        if (accept == null || accept.isBlank()) {
            return ACTIVITY_JSON;
        }
        double activity = Math.max(AcceptHeader.quality(accept, "application/activity+json"), AcceptHeader.quality(accept, "application/json"));
        double ld = AcceptHeader.quality(accept, "application/ld+json");
        if (activity <= 0 && ld <= 0) {
            throw new ClientError(Problem.of(406, "not-acceptable", "Not acceptable",
                    "the feed is available as application/activity+json or application/ld+json"));
        }
        return ld > activity ? LD_JSON : ACTIVITY_JSON;
    }
}
