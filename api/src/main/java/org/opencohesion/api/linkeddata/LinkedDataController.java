package org.opencohesion.api.linkeddata;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import org.opencohesion.api.http.Routes;
import org.opencohesion.api.http.Rendered;
import org.opencohesion.api.http.ResponseCache;
import org.opencohesion.api.problem.ClientError;
import org.opencohesion.api.problem.ProblemHandler;
import org.opencohesion.rdf.Uris;
import org.opencohesion.rdf.store.Store;

/**
 * Dereferenceable URIs (ARCHITECTURE.md, "URIs"):
 * <ul>
 *   <li>{@code GET /id/{path}}: {@code 303 See Other} to {@code {base}/doc/{path}} when the store
 *       describes the thing, else 404</li>
 *   <li>{@code GET /doc/{path}[.ttl|.jsonld|.rdf|.nt|.html]} and {@code GET /def/{path}[.suffix]}:
 *       the description, in the format the suffix names or else the {@code Accept} header asks
 *       for (Turtle when it does not mind); 406 when nothing offered is acceptable</li>
 *   <li>{@code GET /context.jsonld}: the JSON-LD context the JSON-LD documents name</li>
 * </ul>
 * Documents go through the response cache (ETag, 304, gzip, {@code Vary: Accept}) and name their
 * variants in {@code Content-Location} and {@code Link: rel="alternate"}. Query strings are no
 * part of our URIs and are ignored, but for what a rich HTML page ({@link HtmlPages}) takes, such as
 * a table's sort order.
 */
public final class LinkedDataController {
    private static final String CACHE_CONTROL = "public, max-age=60";

    private final Uris uris;
    private final ResponseCache cache;
    private final DescriptionService descriptions;
    private final RdfRenderer rdf;
    private final HtmlDescriptionPage html;
    private final JsonLdContext context;
    private final HtmlPages pages;

    public LinkedDataController(Store store, ResponseCache cache) {
        this(store, cache, HtmlPages.NONE);
    }

    /** @param pages richer HTML pages for the kinds of thing that have them */
    public LinkedDataController(Store store, ResponseCache cache, HtmlPages pages) {
        this.pages = pages;
        this.uris = store.uris();
        this.cache = cache;
        this.descriptions = new DescriptionService(store);
        Namespaces namespaces = Namespaces.of(uris);
        this.context = new JsonLdContext(uris, namespaces);
        this.rdf = new RdfRenderer(namespaces, context);
        this.html = new HtmlDescriptionPage(uris, namespaces);
    }

    /** The RDF writer, with this service's prefixes and JSON-LD context, for other controllers. */
    public RdfRenderer rdf() {
        return rdf;
    }

    public void register(JavalinConfig config) {
        Map.<String, Handler>of("/id/*", this::thing, "/doc/*", this::document, "/def/*", this::document,
                JsonLdContext.PATH, this::context).forEach((path, handler) -> Routes.getAndHead(config, path, handler));
    }

    private void context(Context ctx) {
        cache.serve(ctx, "jsonld-context", generation -> new Rendered(RdfFormat.JSONLD.contentType(), context.document(), Map.of()));
    }

    private void thing(Context ctx) {
        ctx.header("Vary", "Accept");
        Optional<DocumentPath> path = DocumentPath.ofId(ctx.path(), uris);
        if (path.isEmpty() || !descriptions.exists(path.get().iri())) {
            throw notFound(ctx, RdfFormat.best(ctx.header("Accept")).orElse(RdfFormat.TURTLE));
        }
        ctx.status(303).header("Location", path.get().document()).header("Cache-Control", CACHE_CONTROL);
    }

    private void document(Context ctx) {
        ctx.header("Vary", "Accept");
        Optional<DocumentPath> path = DocumentPath.ofDocument(ctx.path(), uris);
        RdfFormat format = path.flatMap(DocumentPath::format).orElseGet(() -> RdfFormat.negotiate(ctx.header("Accept")));
        if (path.isEmpty()) {
            throw notFound(ctx, format);
        }
        Optional<String> page = format == RdfFormat.HTML ? pages.variant(path.get(), ctx) : Optional.empty();
        cache.serve(ctx, "ld " + format + " " + ctx.path() + page.map(v -> " page " + v).orElse(""),
                generation -> render(ctx, path.get(), format, page, generation));
    }

    private Rendered render(Context ctx, DocumentPath path, RdfFormat format, Optional<String> page, long generation) {
        Description d = descriptions.describe(path.iri()).orElseThrow(() -> notFound(ctx, format));
        byte[] body = format.isRdf() ? rdf.write(d.model(), format)
                : page.isPresent() ? pages.render(path, d, page.get(), generation) : html.render(d, path);
        return document(body, path, format);
    }

    /**
     * Renders a description as the document at {@code path}, with the headers every linked-data
     * document carries ({@code Content-Location}, {@code Link} to the other formats): for other
     * controllers publishing RDF documents of their own (the catalogue, VoID).
     */
    public Rendered render(Description d, DocumentPath path, RdfFormat format) {
        return document(format.isRdf() ? rdf.write(d.model(), format) : html.render(d, path), path, format);
    }

    private static Rendered document(byte[] body, DocumentPath path, RdfFormat format) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Location", path.variant(format));
        StringJoiner links = new StringJoiner(", ");
        for (RdfFormat f : RdfFormat.values()) {
            if (f != format) {
                links.add("<" + path.variant(f) + ">; rel=\"alternate\"; type=\"" + f.mediaType() + "\"");
            }
        }
        if (!path.isVocabulary()) {
            links.add("<" + path.iri() + ">; rel=\"describes\"");
        }
        headers.put("Link", links.toString());
        return new Rendered(format.contentType(), body, headers);
    }

    /** A 404, written as an HTML page when HTML was asked for and as problem+json otherwise. */
    private static ClientError notFound(Context ctx, RdfFormat format) {
        if (format == RdfFormat.HTML) {
            ctx.attribute(ProblemHandler.AS_HTML, true);
        }
        return ClientError.notFound("nothing is published at " + ctx.path());
    }
}
