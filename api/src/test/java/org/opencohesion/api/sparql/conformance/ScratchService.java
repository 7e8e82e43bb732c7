package org.opencohesion.api.sparql.conformance;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.opencohesion.api.Config;
import org.opencohesion.api.OpenCohesionServer;
import org.opencohesion.rdf.Uris;
import org.opencohesion.rdf.store.GraphChange;
import org.opencohesion.rdf.store.LocalStore;
import org.opencohesion.rdf.store.Store;

/**
 * A real OpenCohesion service on a free port over a scratch in-memory store whose contents each
 * test replaces. Starting a server costs about a second; swapping a store's graphs costs
 * milliseconds, so one service serves a whole suite.
 *
 * <p>The store holds exactly the graphs a test loads: even the ontology graph every new store
 * installs is removed, so the union default graph is the test's data and nothing else.
 */
final class ScratchService implements AutoCloseable {
    private final Store store;
    private final OpenCohesionServer server;
    // development only: a reference endpoint while /sparql is being built
    private final FusekiServer fuseki;
    private final Dataset fusekiData;

    private ScratchService(Store store, OpenCohesionServer server, FusekiServer fuseki, Dataset fusekiData) {
        this.store = store;
        this.server = server;
        this.fuseki = fuseki;
        this.fusekiData = fusekiData;
    }

    static ScratchService start() {
        Store store = LocalStore.inMemory(Uris.of(Uris.DEFAULT_BASE));
        OpenCohesionServer server = OpenCohesionServer.create(Config.forTests(), store).start();
        FusekiServer fuseki = null;
        Dataset data = null;
        if ("fuseki".equals(System.getProperty("conformance.endpoint"))) {
            data = TDB2Factory.createDataset();
            data.getContext().set(TDB2.symUnionDefaultGraph, true);
            fuseki = FusekiServer.create().loopback(true).port(0).add("/ds", data.asDatasetGraph(), false).build().start();
        }
        ScratchService service = new ScratchService(store, server, fuseki, data);
        service.load(Map.of());
        return service;
    }

    /** The endpoint under test. */
    URI endpoint() {
        if (fuseki != null) {
            return URI.create("http://localhost:" + fuseki.getPort() + "/ds/query");
        }
        return URI.create("http://127.0.0.1:" + server.port() + "/sparql");
    }

    /** Makes the store hold exactly {@code graphs} (name to content), in one commit. */
    void load(Map<String, Graph> graphs) {
        List<GraphChange> changes = new ArrayList<>();
        for (String existing : store.read(view -> view.graphNames())) {
            if (!graphs.containsKey(existing)) {
                changes.add(GraphChange.delete(existing));
            }
        }
        graphs.forEach((name, content) -> changes.add(GraphChange.replace(name, content)));
        store.commit(changes);
        if (fuseki != null) {
            Txn.executeWrite(fusekiData, () -> {
                DatasetGraph dsg = fusekiData.asDatasetGraph();
                dsg.deleteAny(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
                graphs.forEach((name, content) -> {
                    Node g = NodeFactory.createURI(name);
                    content.find().forEachRemaining(t -> dsg.add(g, t.getSubject(), t.getPredicate(), t.getObject()));
                });
            });
        }
    }

    /** The store generation: unchanged as long as nothing was committed. */
    long generation() {
        return store.generation();
    }

    /** A copy of every named graph in the store. */
    Map<String, Graph> contents() {
        return store.read(view -> {
            Map<String, Graph> all = new LinkedHashMap<>();
            view.graphNames().forEach(name -> all.put(name, view.graph(name)));
            return all;
        });
    }

    @Override
    public void close() {
        if (fuseki != null) {
            fuseki.stop();
        }
        server.close();
        store.close();
    }
}
