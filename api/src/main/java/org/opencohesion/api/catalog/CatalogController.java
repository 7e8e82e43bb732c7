package org.opencohesion.api.catalog;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.jena.rdf.model.Model;
import org.opencohesion.api.http.ResponseCache;
import org.opencohesion.api.http.Routes;
import org.opencohesion.api.linkeddata.Description;
import org.opencohesion.api.linkeddata.DocumentPath;
import org.opencohesion.api.linkeddata.LinkedDataController;
import org.opencohesion.api.linkeddata.RdfFormat;

/**
 * The descriptions of the whole service, negotiated exactly like the linked-data documents
 * (Turtle, JSON-LD, RDF/XML, N-Triples, HTML; by {@code Accept} or by suffix; 406 otherwise),
 * cached per store generation with an ETag:
 * <ul>
 *   <li>{@code GET /catalog[.ttl|.jsonld|.rdf|.nt|.html]}: the DCAT catalogue ({@link CatalogService})</li>
 *   <li>{@code GET /.well-known/void[.suffix]}: the VoID description ({@link VoidService})</li>
 * </ul>
 */
public final class CatalogController {
    private final CatalogService catalog;
    private final VoidService voidService;
    private final LinkedDataController linkedData;
    private final ResponseCache cache;

    public CatalogController(CatalogService catalog, VoidService voidService, LinkedDataController linkedData, ResponseCache cache) {
        this.catalog = catalog;
        this.voidService = voidService;
        this.linkedData = linkedData;
        this.cache = cache;
    }

    public void register(JavalinConfig config) {
        document(config, "/catalog", catalog.iri(), catalog::catalogue);
        document(config, VoidService.PATH, voidService.iri(), voidService::description);
    }

    private void document(JavalinConfig config, String path, String iri, Supplier<Model> model) {
        DocumentPath document = new DocumentPath(iri, iri, Optional.empty());
        Routes.getAndHead(config, path, ctx -> serve(ctx, document, model, RdfFormat.negotiate(ctx.header("Accept"))));
        for (RdfFormat format : RdfFormat.values()) {
            Routes.getAndHead(config, path + "." + format.suffix(), ctx -> serve(ctx, document, model, format));
        }
    }

    private void serve(Context ctx, DocumentPath document, Supplier<Model> model, RdfFormat format) {
        ctx.header("Vary", "Accept");
        cache.serve(ctx, "describe " + format + " " + document.iri(),
                generation -> linkedData.render(new Description(document.iri(), model.get()), document, format));
    }
}
