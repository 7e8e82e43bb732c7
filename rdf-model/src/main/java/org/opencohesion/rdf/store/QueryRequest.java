package org.opencohesion.rdf.store;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.core.DatasetDescription;

/**
 * A query from outside (the SPARQL endpoint) as a store runs it: the parsed query without its
 * {@code FROM} / {@code FROM NAMED} clauses, the dataset it is asked against, and how long it may
 * take.
 *
 * <p>The dataset follows the SPARQL 1.1 Protocol: graphs named by the protocol
 * ({@code default-graph-uri}, {@code named-graph-uri}) replace the query's own {@code FROM} and
 * {@code FROM NAMED}; with neither, the query runs against the whole store (the default graph is
 * the union of the named graphs). A named graph the store does not hold is an empty graph: a store
 * never fetches a graph from elsewhere.
 *
 * @param query   the query, without dataset clauses
 * @param dataset the graphs to query, or {@code null} for the whole store
 * @param timeout how long the query may run, results included; it is then cancelled
 */
public record QueryRequest(Query query, DatasetDescription dataset, Duration timeout) {
    public QueryRequest {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(timeout, "timeout");
        if (query.hasDatasetDescription()) {
            throw new IllegalArgumentException("the dataset goes in the request, not in the query");
        }
    }

    /**
     * The request for {@code query} with the protocol's dataset parameters (either list may be
     * empty); {@code query} itself is not changed.
     */
    public static QueryRequest of(Query query, List<String> defaultGraphUris, List<String> namedGraphUris, Duration timeout) {
        DatasetDescription dataset;
        if (!defaultGraphUris.isEmpty() || !namedGraphUris.isEmpty()) {
            dataset = DatasetDescription.create(defaultGraphUris, namedGraphUris);
        } else if (query.hasDatasetDescription()) {
            dataset = query.getDatasetDescription();
        } else {
            dataset = null;
        }
        Query bare = query;
        if (query.hasDatasetDescription()) {
            bare = copyOf(query);
            bare.getGraphURIs().clear();
            bare.getNamedGraphURIs().clear();
        }
        return new QueryRequest(bare, dataset, timeout);
    }

    /**
     * A copy of {@code query} to change. Not {@link Query#cloneQuery()}: in Jena 5.6 it turns
     * {@code HAVING (a) (b)} into two copies of {@code a}. Written out and read back instead,
     * against the same base: the writer makes IRIs under the base relative without saying so.
     */
    public static Query copyOf(Query query) {
        return QueryFactory.create(query.serialize(Syntax.syntaxARQ), query.getBaseURI(), Syntax.syntaxARQ);
    }
}
