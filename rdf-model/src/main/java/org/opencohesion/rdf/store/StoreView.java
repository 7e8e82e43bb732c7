package org.opencohesion.rdf.store;

import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.system.StreamRDF;

/**
 * A consistent, read-only view of the store for the duration of one {@link Store#read} call.
 * The default graph of every query is the union of all named graphs.
 */
public interface StoreView {
    /**
     * Runs a query from outside (the SPARQL endpoint) against the named graphs only: the store's
     * own state is never visible, no graph is fetched from elsewhere and no {@code SERVICE} call
     * is made. {@code results} reads the live results and must be done with them before it
     * returns.
     *
     * @throws QueryTimeoutException when the request's timeout passes, before or while results are read
     */
    <T> T query(QueryRequest request, Function<QueryResults, T> results);

    /** Runs a SELECT query; {@code rows} must consume the results before returning. */
    <T> T select(Query query, Function<ResultSet, T> rows);

    boolean ask(Query query);

    Model construct(Query query);

    /** The names of all named graphs. */
    List<String> graphNames();

    /** A copy of one named graph (empty if it does not exist). */
    Graph graph(String graphName);

    /** Streams every quad of every named graph to {@code sink}. */
    void exportQuads(StreamRDF sink);

    /**
     * Streams the quads of the named graphs {@code graphNames}, in that order, to {@code sink} as
     * they are read: nothing is collected first, so memory stays flat whatever the graphs' size.
     * Graphs that do not exist add nothing.
     */
    void exportQuads(Collection<String> graphNames, StreamRDF sink);
}
