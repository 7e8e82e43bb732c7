package org.opencohesion.rdf.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetDescription;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphMapLink;
import org.apache.jena.sparql.core.BasicPattern;
import org.apache.jena.sparql.core.Substitute;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.iterator.QueryIterPeek;
import org.apache.jena.sparql.engine.main.StageBuilder;
import org.apache.jena.sparql.engine.main.StageGenerator;
import org.apache.jena.sparql.engine.optimizer.reorder.ReorderLib;
import org.apache.jena.sparql.engine.optimizer.reorder.ReorderProc;
import org.apache.jena.sparql.engine.optimizer.reorder.ReorderTransformation;
import org.apache.jena.sparql.graph.GraphUnionRead;
import org.apache.jena.sparql.util.Context;

/**
 * The part of a TDB2 store that outside queries see: its named graphs, and as default graph
 * their union (or the graphs a dataset description picks).
 *
 * <p>Outside queries never run against the TDB2 dataset itself, because its stored default graph
 * (the store's own state) is reachable there however the union default graph is configured:
 * {@code GRAPH <urn:x-arq:DefaultGraph>}, {@code FROM <urn:x-arq:DefaultGraph>}, a filter the
 * optimiser turns into that graph name, a property path or a DESCRIBE all read it. TDB2's tuple
 * filter covers basic patterns only. Here the view links the named graphs and nothing else, so no
 * name, bound or computed, can reach the stored default graph. Basic patterns still run on TDB2's
 * node ids ({@code StageGeneratorDirectTDB} recognises the graph views), reordered as TDB2 would.
 */
final class PublishedDataset {
    private static final ReorderTransformation REORDER = ReorderLib.fixed();

    private PublishedDataset() {}

    /** The view of {@code tdb} for {@code description} ({@code null}: every named graph, union as default). */
    static DatasetGraph of(DatasetGraph tdb, DatasetDescription description) {
        Set<Node> stored = new HashSet<>();
        tdb.listGraphNodes().forEachRemaining(stored::add);
        if (description == null) {
            DatasetGraphMapLink view = new DatasetGraphMapLink(tdb.getUnionGraph());
            stored.forEach(name -> view.addGraph(name, tdb.getGraph(name)));
            return view;
        }
        List<Node> defaults = new ArrayList<>();
        for (String uri : description.getDefaultGraphURIs()) {
            Node name = NodeFactory.createURI(uri);
            if (stored.contains(name) && !defaults.contains(name)) {
                defaults.add(name);
            }
        }
        Graph defaultGraph = switch (defaults.size()) {
            case 0 -> Graph.emptyGraph;
            case 1 -> tdb.getGraph(defaults.get(0));
            default -> new GraphUnionRead(tdb, defaults);
        };
        DatasetGraphMapLink view = new DatasetGraphMapLink(defaultGraph);
        for (String uri : description.getNamedGraphURIs()) {
            Node name = NodeFactory.createURI(uri);
            view.addGraph(name, stored.contains(name) ? tdb.getGraph(name) : Graph.emptyGraph);
        }
        return view;
    }

    /** Query settings for outside queries: no SERVICE calls, and basic patterns reordered. */
    static void configure(Context context) {
        context.set(ARQ.httpServiceAllowed, false);
        StageGenerator direct = StageBuilder.getGenerator(ARQ.getContext());
        context.set(ARQ.stageGenerator, (StageGenerator) (pattern, input, execCxt) -> {
            if (pattern.size() < 2 || !input.hasNext()) {
                return direct.execute(pattern, input, execCxt);
            }
            // As ARQ's own generator does: the order is chosen with the variables the incoming
            // solutions bind taken as known, so a pattern joined to earlier ones starts from them.
            BasicPattern grounded = pattern;
            QueryIterator in = input;
            if (!input.isJoinIdentity()) {
                QueryIterPeek peek = QueryIterPeek.create(input, execCxt);
                in = peek;
                grounded = Substitute.substitute(pattern, peek.peek());
            }
            ReorderProc order = REORDER.reorderIndexes(grounded);
            return direct.execute(order.reorder(pattern), in, execCxt);
        });
    }
}
