package org.opencohesion.rdf.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.LongFunction;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetDescription;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.http.QueryExecHTTPBuilder;
import org.apache.jena.sparql.graph.GraphFactory;
import org.opencohesion.rdf.Ontology;
import org.opencohesion.rdf.Uris;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store on a SPARQL 1.1 server elsewhere (Apache Jena Fuseki, or any server that speaks
 * SPARQL 1.1 Query and Update and applies an update request atomically). Any number of API nodes
 * can share one: everything they need to agree on lives in the server.
 *
 * <ul>
 *   <li>The store's state is a named graph whose name carries the generation
 *       ({@code urn:x-opencohesion:system:generation:7}); it holds the base URI. A commit moves it
 *       to the next name in the same request as the data (see {@link CommitRequest}), so the
 *       generation and the data change together, and two writers on two nodes cannot both win.
 *   <li>{@link #generation()} asks the server at most once per {@code checkInterval}; after that
 *       time a node has seen every commit made through any other.
 *   <li>Every query names the dataset it runs over with the protocol's {@code default-graph-uri}
 *       and {@code named-graph-uri}: the published named graphs (their union is the default
 *       graph), never the state graph. The server's own idea of a default graph (the union of
 *       all graphs, a stored graph) therefore does not matter, and the state graph cannot show
 *       in a count or a {@code GRAPH ?g}.
 *   <li>A {@link #read} that sends more than one query checks that the generation did not move
 *       while it ran, and runs again if it did: many queries, one snapshot.
 * </ul>
 */
public final class RemoteStore implements Store {
    private static final Logger LOG = LoggerFactory.getLogger(RemoteStore.class);
    private static final String STATE_GRAPH_PREFIX = Uris.STORE_STATE + ":generation:";
    /** A graph no one writes: the default graph of a query whose dataset names no published graph. */
    private static final String NO_GRAPH = Uris.STORE_STATE + ":no-graph";
    private static final Node STATE = NodeFactory.createURI(Uris.STORE_STATE);
    private static final Node BASE = NodeFactory.createURI(Uris.STORE_STATE + ":baseUri");
    private static final Duration INTERNAL_TIMEOUT = Duration.ofMinutes(10);
    private static final int COMMIT_ATTEMPTS = 5;
    private static final int READ_ATTEMPTS = 4;

    private final RemoteService service;
    private final Uris uris;
    private final long checkNanos;
    private final Object checkLock = new Object();
    private volatile long generation;
    private volatile long checkedAt;
    /** The published graphs of the latest generation asked for: they change only with a commit. */
    private volatile GraphNames lastNames = new GraphNames(-1, List.of());

    private record GraphNames(long generation, List<String> names) {}

    private RemoteStore(RemoteService service, Uris uris, Duration checkInterval) {
        this.service = service;
        this.uris = uris;
        this.checkNanos = checkInterval.toNanos();
        // never checked yet (nanoTime may be negative, so not 0)
        this.checkedAt = System.nanoTime() - checkNanos - 1;
    }

    /**
     * Connects to the server, claiming it for {@code uris}' base if it holds no OpenCohesion store
     * yet, and installs the ontology if it differs.
     *
     * @param checkInterval how long a generation read from the server is trusted
     * @throws StoreUnavailableException when the server does not answer
     * @throws StoreException when it holds a store made with another base URI
     */
    public static RemoteStore connect(RemoteService service, Uris uris, Duration checkInterval) {
        RemoteStore store = new RemoteStore(service, uris, checkInterval);
        store.claimBase();
        LOG.info("remote store at {}, generation {}", service, store.generation);
        store.installOntology();
        return store;
    }

    private void claimBase() {
        ParameterizedSparqlString claim = new ParameterizedSparqlString("""
                INSERT { GRAPH ?first { ?state ?base ?uri } }
                WHERE { FILTER NOT EXISTS { GRAPH ?any { ?state ?base ?other } } }""");
        claim.setIri("first", STATE_GRAPH_PREFIX + 0);
        claim.setParam("state", STATE);
        claim.setParam("base", BASE);
        claim.setIri("uri", uris.base());
        service.update(claim.toString());
        State state = freshState();
        if (!state.base().equals(uris.base())) {
            throw new StoreException("the store at " + service + " was created with base URI " + state.base()
                    + "; start with --base-uri " + state.base() + " or use another dataset", null);
        }
    }

    private record State(long generation, String base) {}

    private State readState() {
        ParameterizedSparqlString q = new ParameterizedSparqlString("SELECT ?g ?uri WHERE { GRAPH ?g { ?state ?base ?uri } }");
        q.setParam("state", STATE);
        q.setParam("base", BASE);
        List<State> found = new ArrayList<>();
        exec(q.asQuery(), null, INTERNAL_TIMEOUT, exec -> {
            exec.select().forEachRemaining(row -> {
                String graph = row.get("g").getURI();
                if (graph.startsWith(STATE_GRAPH_PREFIX)) {
                    found.add(new State(Long.parseLong(graph.substring(STATE_GRAPH_PREFIX.length())), row.get("uri").getURI()));
                }
            });
            return null;
        });
        if (found.size() != 1) {
            throw new StoreException("the store at " + service + " holds " + found.size() + " state graphs (" + found
                    + "); it was changed by something other than OpenCohesion", null);
        }
        return found.get(0);
    }

    private void installOntology() {
        Graph bundled = Ontology.load(uris).all();
        String name = uris.ontologyGraph();
        if (!read(view -> view.graph(name).isIsomorphicWith(bundled))) {
            commit(List.of(GraphChange.replace(name, bundled)));
        }
    }

    @Override
    public Uris uris() {
        return uris;
    }

    /** The generation, asked of the server when the last answer is older than the check interval. */
    @Override
    public long generation() {
        if (System.nanoTime() - checkedAt > checkNanos) {
            synchronized (checkLock) {
                if (System.nanoTime() - checkedAt > checkNanos) {
                    freshGeneration();
                }
            }
        }
        return generation;
    }

    /** Asks the server for the generation now. */
    private long freshGeneration() {
        return freshState().generation();
    }

    /** Asks the server for its state now; every answer also counts as this node's check. */
    private State freshState() {
        long asked = System.nanoTime();
        State state = readState();
        synchronized (checkLock) {
            publish(state.generation());
            if (asked - checkedAt > 0) {
                checkedAt = asked;
            }
        }
        return state;
    }

    private void publish(long seen) {
        synchronized (checkLock) {
            generation = Math.max(generation, seen);
        }
    }

    @Override
    public <T> T read(Function<StoreView, T> work) {
        for (int attempt = 1; ; attempt++) {
            View view = new View();
            T result = work.apply(view);
            // Even one query needs the check: it ran with the graph names of the generation read
            // before it, and a commit in between could have added a dataset it did not name.
            if (view.queries == 0 || view.streamed) {
                return result;
            }
            if (freshGeneration() == view.generationBefore) {
                return result;
            }
            if (attempt == READ_ATTEMPTS) {
                throw new StoreUnavailableException("the store kept changing while it was read; try again", null);
            }
        }
    }

    @Override
    public long commit(LongFunction<List<GraphChange>> changesFor) {
        for (int attempt = 1; ; attempt++) {
            long current = freshGeneration();
            long next = current + 1;
            Path request = CommitRequest.write(STATE_GRAPH_PREFIX + current, STATE_GRAPH_PREFIX + next, changesFor.apply(next));
            try {
                service.update(request);
                publish(next);
                return next;
            } catch (StoreException e) {
                // The request either applied whole or not at all. Which one, and whether another
                // writer got in first, the state graph tells.
                long now = freshGeneration();
                if (now == current) {
                    throw e;
                }
                if (e instanceof StoreUnavailableException && now == next) {
                    LOG.warn("the store applied a commit whose answer was lost ({}); generation {}", e.getMessage(), next);
                    return next;
                }
                if (attempt == COMMIT_ATTEMPTS) {
                    throw new StoreUnavailableException("other writers kept committing first; try again", e);
                }
                LOG.info("another writer committed generation {} first; building the change again", now);
            } finally {
                try {
                    Files.deleteIfExists(request);
                } catch (IOException ignored) {
                    // a temporary file; the system cleans its temporary folder
                }
            }
        }
    }

    @Override
    public void close() {
        // Nothing is held open: each request uses the HTTP client's pooled connections.
    }

    /** The published graphs: every named graph but the store's state. */
    private List<String> publishedGraphs() {
        List<String> names = new ArrayList<>();
        exec(QueryFactory.create("SELECT ?g WHERE { GRAPH ?g { } }"), null, INTERNAL_TIMEOUT, exec -> {
            exec.select().forEachRemaining(row -> {
                Node g = row.get("g");
                if (g.isURI() && !g.getURI().startsWith(Uris.STORE_STATE)) {
                    names.add(g.getURI());
                }
            });
            return null;
        });
        return names;
    }

    private <T> T exec(Query query, DatasetDescription dataset, Duration timeout, Function<QueryExec, T> work) {
        QueryExecHTTPBuilder builder = service.query(withBase(query)).timeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (dataset != null) {
            dataset.getDefaultGraphURIs().forEach(builder::addDefaultGraphURI);
            dataset.getNamedGraphURIs().forEach(builder::addNamedGraphURI);
        }
        try (QueryExec exec = builder.build()) {
            return work.apply(exec);
        } catch (RuntimeException e) {
            throw service.translate(e);
        }
    }

    /**
     * The query as it must travel: Jena writes IRIs under the query's base as relative ones
     * without a {@code BASE} unless the base was set explicitly, and the server would resolve
     * them against its own URL.
     */
    private static Query withBase(Query query) {
        if (query.getBaseURI() == null || query.explicitlySetBaseURI()) {
            return query;
        }
        Query copy = QueryRequest.copyOf(query);
        copy.setBaseURI(copy.getBaseURI());
        return copy;
    }

    private final class View implements StoreView {
        private boolean started;
        private int queries;
        private boolean streamed;
        private long generationBefore;
        private List<String> published;

        /** Counts a query, after {@link #start}. */
        private void beforeQuery() {
            start();
            queries++;
        }

        /**
         * Notes the generation the view starts from, so that {@link #read} can check that it did
         * not move, and the graphs published at it.
         */
        private void start() {
            if (!started) {
                started = true;
                generationBefore = freshGeneration();
                GraphNames names = lastNames;
                if (names.generation() != generationBefore) {
                    names = new GraphNames(generationBefore, publishedGraphs());
                    lastNames = names;
                }
                published = names.names();
            }
        }

        private List<String> published() {
            start();
            return published;
        }

        /** The dataset for the service's own queries: every published graph, their union as default. */
        private DatasetDescription internalDataset() {
            return outsideDataset(null);
        }

        @Override
        public <T> T query(QueryRequest request, Function<QueryResults, T> results) {
            DatasetDescription dataset = outsideDataset(request.dataset());
            beforeQuery();
            long deadline = System.nanoTime() + request.timeout().toNanos();
            Query query = request.query();
            return exec(query, dataset, request.timeout(), exec -> {
                try {
                    return results.apply(switch (query.queryType()) {
                        case SELECT -> new QueryResults.Rows(new DeadlineRowSet(exec.select(), deadline, request.timeout()));
                        case ASK -> new QueryResults.Answer(exec.ask());
                        case CONSTRUCT -> new QueryResults.Triples(new Deadline<>(exec.constructTriples(), deadline, request.timeout()),
                                query.getPrefixMapping());
                        case DESCRIBE -> new QueryResults.Triples(new Deadline<>(exec.describeTriples(), deadline, request.timeout()),
                                query.getPrefixMapping());
                        default -> throw new IllegalArgumentException("not a SELECT, ASK, CONSTRUCT or DESCRIBE query");
                    });
                } catch (RuntimeException e) {
                    if (System.nanoTime() > deadline && !(e instanceof QueryTimeoutException)) {
                        throw new QueryTimeoutException(request.timeout(), e);
                    }
                    throw e;
                }
            });
        }

        /**
         * The graphs an outside query runs over, as {@link PublishedDataset} gives them locally: all
         * published graphs, or those the request names that are published. The list always names a
         * graph, since a request naming none would mean the whole dataset, state included.
         */
        private DatasetDescription outsideDataset(DatasetDescription asked) {
            List<String> all = published();
            List<String> defaults = new ArrayList<>();
            List<String> named = new ArrayList<>();
            if (asked == null) {
                defaults.addAll(all);
                named.addAll(all);
            } else {
                asked.getDefaultGraphURIs().stream().filter(all::contains).distinct().forEach(defaults::add);
                asked.getNamedGraphURIs().stream().filter(all::contains).distinct().forEach(named::add);
            }
            if (defaults.isEmpty()) {
                defaults.add(NO_GRAPH);
            }
            return DatasetDescription.create(defaults, named);
        }

        @Override
        public <T> T select(Query query, Function<ResultSet, T> rows) {
            DatasetDescription dataset = internalDataset();
            beforeQuery();
            return exec(query, dataset, INTERNAL_TIMEOUT, exec -> rows.apply(ResultSet.adapt(exec.select())));
        }

        @Override
        public boolean ask(Query query) {
            DatasetDescription dataset = internalDataset();
            beforeQuery();
            return exec(query, dataset, INTERNAL_TIMEOUT, QueryExec::ask);
        }

        @Override
        public Model construct(Query query) {
            DatasetDescription dataset = internalDataset();
            beforeQuery();
            return exec(query, dataset, INTERNAL_TIMEOUT,
                    exec -> ModelFactory.createModelForGraph(exec.construct(GraphFactory.createDefaultGraph())));
        }

        @Override
        public List<String> graphNames() {
            return List.copyOf(published());
        }

        @Override
        public Graph graph(String graphName) {
            Graph copy = GraphFactory.createDefaultGraph();
            if (graphName.startsWith(Uris.STORE_STATE)) {
                return copy;
            }
            beforeQuery();
            exec(graphQuery(graphName), null, INTERNAL_TIMEOUT, exec -> {
                exec.constructTriples().forEachRemaining(copy::add);
                return null;
            });
            return copy;
        }

        @Override
        public void exportQuads(Collection<String> graphNames, StreamRDF sink) {
            // Streamed to a client as it is read, so it cannot be run again: one query per graph,
            // each a snapshot of its graph.
            streamed = true;
            for (String name : graphNames) {
                if (name.startsWith(Uris.STORE_STATE)) {
                    throw new IllegalArgumentException("the store's own bookkeeping is never exported");
                }
                Node graph = NodeFactory.createURI(name);
                beforeQuery();
                exec(graphQuery(name), null, INTERNAL_TIMEOUT, exec -> {
                    exec.constructTriples().forEachRemaining(t -> sink.quad(Quad.create(graph, t)));
                    return null;
                });
            }
        }

        @Override
        public void exportQuads(StreamRDF sink) {
            exportQuads(published(), sink);
        }

        private Query graphQuery(String graphName) {
            ParameterizedSparqlString q = new ParameterizedSparqlString("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }");
            q.setIri("g", graphName);
            return q.asQuery();
        }
    }

    /** Results that stop with {@link QueryTimeoutException} once the request's time is up. */
    private static class Deadline<X> implements Iterator<X> {
        private final Iterator<X> source;
        private final long deadline;
        private final Duration timeout;

        Deadline(Iterator<X> source, long deadline, Duration timeout) {
            this.source = source;
            this.deadline = deadline;
            this.timeout = timeout;
        }

        @Override
        public boolean hasNext() {
            if (System.nanoTime() > deadline) {
                throw new QueryTimeoutException(timeout, null);
            }
            return source.hasNext();
        }

        @Override
        public X next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return source.next();
        }
    }

    private static final class DeadlineRowSet extends Deadline<Binding> implements RowSet {
        private final RowSet rows;

        DeadlineRowSet(RowSet rows, long deadline, Duration timeout) {
            super(rows, deadline, timeout);
            this.rows = rows;
        }

        @Override
        public List<org.apache.jena.sparql.core.Var> getResultVars() {
            return rows.getResultVars();
        }

        @Override
        public long getRowNumber() {
            return rows.getRowNumber();
        }

        @Override
        public void close() {
            rows.close();
        }
    }
}
