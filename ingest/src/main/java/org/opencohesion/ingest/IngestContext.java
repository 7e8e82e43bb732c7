package org.opencohesion.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.query.QuerySolution;
import org.opencohesion.rdf.SparqlFile;
import org.opencohesion.rdf.Uris;
import org.opencohesion.rdf.store.Store;

/**
 * What an ingest may refer to: areas, partnerships and indicators already in the store (less
 * the datasets this ingest replaces) plus those defined by earlier files of the same ingest.
 */
public final class IngestContext {
    private final Map<String, String> areaParents = new HashMap<>(); // code → parent code or ""
    private final Map<String, List<String>> areaChildren = new HashMap<>();
    private final Set<String> partnerships = new HashSet<>();
    private final Map<String, IndicatorDefinition> indicators = new HashMap<>();

    private IngestListener listener = IngestListener.SILENT;

    private IngestContext() {}

    /** Reports rows read to {@code listener}. */
    public IngestContext listener(IngestListener listener) {
        this.listener = listener;
        return this;
    }

    /** Wraps a per-row consumer so each row read is reported to the listener (in batches, to stay cheap). */
    public <T> java.util.function.Consumer<T> counting(java.util.function.Consumer<T> each) {
        long[] pending = {0};
        return row -> {
            each.accept(row);
            if (++pending[0] == 1000) {
                listener.rowsRead(pending[0]);
                pending[0] = 0;
            }
        };
    }

    /** An empty context, for tests of single readers. */
    public static IngestContext empty() {
        return new IngestContext();
    }

    /** The context of an ingest that replaces {@code replacedGraphs}. */
    public static IngestContext load(Store store, Set<String> replacedGraphs) {
        IngestContext ctx = new IngestContext();
        Uris uris = store.uris();
        store.read(view -> {
            view.select(SparqlFile.query(IngestContext.class, "context-areas.rq", uris), rows -> {
                rows.forEachRemaining(r -> {
                    if (!replacedGraphs.contains(r.getResource("g").getURI())) {
                        ctx.addArea(r.getLiteral("code").getString(), parentCode(r));
                    }
                });
                return null;
            });
            view.select(SparqlFile.query(IngestContext.class, "context-partnerships.rq", uris), rows -> {
                rows.forEachRemaining(r -> {
                    if (!replacedGraphs.contains(r.getResource("g").getURI())) {
                        ctx.addPartnership(r.getLiteral("id").getString());
                    }
                });
                return null;
            });
            view.select(SparqlFile.query(IngestContext.class, "context-indicators.rq", uris), rows -> {
                rows.forEachRemaining(r -> {
                    if (!replacedGraphs.contains(r.getResource("g").getURI())) {
                        String measure = lastSegment(r.getResource("measure").getURI());
                        String id = r.getLiteral("id").getString();
                        String label = r.contains("label") ? r.getLiteral("label").getString() : id;
                        ctx.addIndicator(new IndicatorDefinition(id, label, measure,
                                r.getLiteral("threshold").getInt(), r.getLiteral("rounding").getInt()));
                    }
                });
                return null;
            });
            return null;
        });
        return ctx;
    }

    private static String parentCode(QuerySolution r) {
        return r.contains("parent") && r.get("parent").isURIResource() ? lastSegment(r.getResource("parent").getURI()) : null;
    }

    private static String lastSegment(String uri) {
        return uri.substring(uri.lastIndexOf('/') + 1);
    }

    public void addArea(String code, String parent) {
        String old = areaParents.put(code, parent == null ? "" : parent);
        if (old != null && !old.isEmpty()) {
            areaChildren.getOrDefault(old, new ArrayList<>()).remove(code);
        }
        if (parent != null) {
            areaChildren.computeIfAbsent(parent, p -> new ArrayList<>()).add(code);
        }
    }

    public void addPartnership(String id) {
        partnerships.add(id);
    }

    public void addIndicator(IndicatorDefinition indicator) {
        indicators.put(indicator.id(), indicator);
    }

    public boolean hasArea(String code) {
        return areaParents.containsKey(code);
    }

    /** The parent area's code, if the area has one. */
    public Optional<String> parentOf(String code) {
        String p = areaParents.get(code);
        return p == null || p.isEmpty() ? Optional.empty() : Optional.of(p);
    }

    public boolean hasPartnership(String id) {
        return partnerships.contains(id);
    }

    public Optional<IndicatorDefinition> indicator(String id) {
        return Optional.ofNullable(indicators.get(id));
    }
}
