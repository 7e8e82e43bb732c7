package org.opencohesion.rdf.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.LongFunction;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.opencohesion.rdf.Ontology;
import org.opencohesion.rdf.Uris;
import org.apache.jena.datatypes.xsd.XSDDatatype;

/**
 * The store in this JVM: Jena TDB2 in a directory (durable, survives kill -9) or TDB2 in memory
 * (tests, demos). Both give serialisable transactions; the default graph of queries is the union
 * of the named graphs.
 *
 * <pre>{@code
 * try (Store store = LocalStore.open(Path.of("data"), Uris.of("https://data.example.gov.uk"))) { ... }
 * }</pre>
 */
public final class LocalStore implements Store {
    /** The store's own state lives in TDB2's stored default graph, which union-graph queries never see. */
    private static final Node STATE_GRAPH = Quad.defaultGraphIRI;
    private static final Node STATE = NodeFactory.createURI(Uris.STORE_STATE);
    // Fixed names, not coh: terms: they must be found before the store's base URI is known.
    private static final Node GENERATION = NodeFactory.createURI(Uris.STORE_STATE + ":generation");
    private static final Node BASE = NodeFactory.createURI(Uris.STORE_STATE + ":baseUri");

    private final Dataset dataset;
    private final Uris uris;
    private final AtomicLong generation = new AtomicLong();

    private LocalStore(Dataset dataset, Uris uris) {
        this.dataset = dataset;
        this.uris = uris;
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
    }

    /** Opens (creating if needed) a TDB2 store in {@code directory}. */
    public static LocalStore open(Path directory, Uris uris) {
        try {
            Files.createDirectories(directory);
        } catch (java.io.IOException e) {
            throw new StoreException("cannot create the store directory " + directory + ": " + e.getMessage(), e);
        }
        return initialise(new LocalStore(TDB2Factory.connectDataset(directory.toString()), uris));
    }

    /** A new, empty TDB2 store held in memory. */
    public static LocalStore inMemory(Uris uris) {
        return initialise(new LocalStore(TDB2Factory.createDataset(), uris));
    }

    private static LocalStore initialise(LocalStore store) {
        store.claimBase();
        store.installOntology();
        return store;
    }

    /** A store remembers the base URI it was made with: its data is minted under it. */
    private void claimBase() {
        Txn.executeWrite(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            Node base = NodeFactory.createURI(uris.base());
            var found = dsg.find(STATE_GRAPH, STATE, BASE, Node.ANY);
            if (found.hasNext()) {
                Node stored = found.next().getObject();
                if (!stored.equals(base)) {
                    throw new StoreException("this store was created with base URI " + stored.getURI()
                            + "; start with --base-uri " + stored.getURI() + " or use another data directory", null);
                }
            } else {
                dsg.add(STATE_GRAPH, STATE, BASE, base);
                dsg.add(STATE_GRAPH, STATE, GENERATION, longLiteral(0));
            }
            generation.set(readGeneration(dsg));
        });
    }

    /** Keeps the ontology graph equal to the ontology this build ships. */
    private void installOntology() {
        Graph bundled = Ontology.load(uris).all();
        String name = uris.ontologyGraph();
        boolean same = read(view -> view.graph(name).isIsomorphicWith(bundled));
        if (!same) {
            commit(List.of(GraphChange.replace(name, bundled)));
        }
    }

    @Override
    public Uris uris() {
        return uris;
    }

    @Override
    public long generation() {
        return generation.get();
    }

    @Override
    public <T> T read(Function<StoreView, T> work) {
        return Txn.calculateRead(dataset, () -> work.apply(new View()));
    }

    @Override
    public long commit(LongFunction<List<GraphChange>> changesFor) {
        long next = Txn.calculateWrite(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            long bumped = readGeneration(dsg) + 1;
            SortedQuadWriter writer = SortedQuadWriter.of(dsg);
            for (GraphChange change : changesFor.apply(bumped)) {
                Node graph = NodeFactory.createURI(change.graphName());
                if (Quad.isDefaultGraph(graph)) {
                    throw new IllegalArgumentException("only named graphs are writable");
                }
                if (!change.append()) {
                    dsg.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
                }
                if (!change.isDelete()) {
                    writer.addAll(graph, change.triples());
                }
            }
            dsg.deleteAny(STATE_GRAPH, STATE, GENERATION, Node.ANY);
            dsg.add(STATE_GRAPH, STATE, GENERATION, longLiteral(bumped));
            return bumped;
        });
        // Published only once committed, so a reader never sees a generation whose data it cannot see;
        // max() because two writers may finish out of order.
        return generation.accumulateAndGet(next, Math::max);
    }

    private long readGeneration(DatasetGraph dsg) {
        var found = dsg.find(STATE_GRAPH, STATE, GENERATION, Node.ANY);
        return found.hasNext() ? ((Number) found.next().getObject().getLiteralValue()).longValue() : 0;
    }

    private static Node longLiteral(long value) {
        return NodeFactory.createLiteralDT(Long.toString(value), XSDDatatype.XSDinteger);
    }

    @Override
    public void close() {
        // TDB2 keeps a directory's dataset (and its lock file) for the life of the JVM unless
        // expelled; expel it so another process may open the directory once we are done.
        TDBInternal.expel(dataset.asDatasetGraph());
    }

    private final class View implements StoreView {
        @Override
        public <T> T query(QueryRequest request, Function<QueryResults, T> results) {
            Query query = request.query();
            DatasetGraph published = PublishedDataset.of(dataset.asDatasetGraph(), request.dataset());
            Context context = Context.create();
            PublishedDataset.configure(context);
            try (QueryExec exec = QueryExec.newBuilder().dataset(published).query(query).context(context)
                    .timeout(request.timeout().toMillis(), TimeUnit.MILLISECONDS).build()) {
                return results.apply(switch (query.queryType()) {
                    case SELECT -> new QueryResults.Rows(exec.select());
                    case ASK -> new QueryResults.Answer(exec.ask());
                    case CONSTRUCT -> new QueryResults.Triples(exec.constructTriples(), query.getPrefixMapping());
                    case DESCRIBE -> new QueryResults.Triples(exec.describeTriples(), query.getPrefixMapping());
                    default -> throw new IllegalArgumentException("not a SELECT, ASK, CONSTRUCT or DESCRIBE query");
                });
            } catch (QueryCancelledException e) {
                throw new QueryTimeoutException(request.timeout(), e);
            }
        }

        @Override
        public <T> T select(Query query, Function<ResultSet, T> rows) {
            try (QueryExecution exec = QueryExecution.dataset(dataset).query(query).build()) {
                return rows.apply(exec.execSelect());
            }
        }

        @Override
        public boolean ask(Query query) {
            try (QueryExecution exec = QueryExecution.dataset(dataset).query(query).build()) {
                return exec.execAsk();
            }
        }

        @Override
        public Model construct(Query query) {
            try (QueryExecution exec = QueryExecution.dataset(dataset).query(query).build()) {
                return exec.execConstruct();
            }
        }

        @Override
        public List<String> graphNames() {
            List<String> names = new ArrayList<>();
            dataset.asDatasetGraph().listGraphNodes().forEachRemaining(n -> {
                names.add(n.getURI());
            });
            return names;
        }

        @Override
        public Graph graph(String graphName) {
            Graph copy = GraphFactory.createDefaultGraph();
            dataset.asDatasetGraph().find(NodeFactory.createURI(graphName), Node.ANY, Node.ANY, Node.ANY)
                    .forEachRemaining(q -> copy.add(q.asTriple()));
            return copy;
        }

        @Override
        public void exportQuads(Collection<String> graphNames, StreamRDF sink) {
            DatasetGraph dsg = dataset.asDatasetGraph();
            for (String name : graphNames) {
                Node graph = NodeFactory.createURI(name);
                if (Quad.isDefaultGraph(graph)) {
                    throw new IllegalArgumentException("the store's own bookkeeping is never exported");
                }
                dsg.find(graph, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(sink::quad);
            }
        }

        @Override
        public void exportQuads(StreamRDF sink) {
            dataset.asDatasetGraph().find(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
                if (!Quad.isDefaultGraph(q.getGraph())) {
                    sink.quad(q);
                }
            });
        }
    }
}
