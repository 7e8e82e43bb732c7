package org.opencohesion.api.datasets;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QuerySolution;
import org.opencohesion.rdf.SparqlFile;
import org.opencohesion.rdf.Uris;
import org.opencohesion.rdf.store.Store;

/** Reads dataset records from the store. Knows no HTTP. */
public final class DatasetQueries {
    private final Store store;
    private final Uris uris;

    public DatasetQueries(Store store) {
        this.store = store;
        this.uris = store.uris();
    }

    public List<DatasetView> all() {
        return run(SparqlFile.load(DatasetQueries.class, "datasets.rq", uris));
    }

    public Optional<DatasetView> byId(String id) {
        if (!Uris.isSlug(id)) {
            return Optional.empty();
        }
        ParameterizedSparqlString q = SparqlFile.load(DatasetQueries.class, "datasets.rq", uris);
        q.setIri("meta", uris.datasetMetaGraph(id));
        return run(q).stream().findFirst();
    }

    private List<DatasetView> run(ParameterizedSparqlString q) {
        return store.read(view -> view.select(q.asQuery(), rows -> {
            List<DatasetView> out = new ArrayList<>();
            rows.forEachRemaining(r -> out.add(toView(r, uris)));
            return out;
        }));
    }

    private static DatasetView toView(QuerySolution r, Uris uris) {
        String kind = r.getResource("kind").getURI();
        return new DatasetView(
                r.getLiteral("id").getString(),
                uris.dataset(r.getLiteral("id").getString()).getURI(),
                r.getLiteral("title").getString(),
                kind.substring(kind.lastIndexOf('/') + 1),
                time(r, "issued"),
                time(r, "modified"),
                r.getLiteral("rows").getLong(),
                r.getLiteral("triples").getLong(),
                new DatasetView.Source(r.getLiteral("file").getString(), r.getLiteral("sha256").getLexicalForm()),
                new DatasetView.Provenance(r.getResource("activity").getURI(), time(r, "started"), time(r, "ended")));
    }

    private static OffsetDateTime time(QuerySolution r, String var) {
        return OffsetDateTime.parse(r.getLiteral(var).getLexicalForm());
    }
}
