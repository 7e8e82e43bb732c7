package org.opencohesion.rdf.store;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;

/**
 * One commit to a remote store written as one SPARQL 1.1 Update request, which a conforming
 * server applies atomically (Fuseki: one write transaction).
 *
 * <p>The request starts by moving the graph named after the generation it was built on to the
 * graph named after the next one. If another writer committed first, that source graph is gone, a
 * non-{@code SILENT} {@code MOVE} fails, and so does the whole request: a compare-and-set with
 * nothing but the standard. Then each change in order: {@code DROP SILENT GRAPH} for a replace or a
 * delete, {@code INSERT DATA} for new content. Terms are written by Jena's N-Triples term writer,
 * never pasted from input. The request goes to a file, not memory, because a dataset may be large.
 */
final class CommitRequest {
    private CommitRequest() {}

    /** Writes the request that moves the store from generation {@code from} to {@code from + 1}. */
    static Path write(String stateGraphFrom, String stateGraphTo, List<GraphChange> changes) {
        try {
            Path file = Files.createTempFile("opencohesion-commit-", ".ru");
            try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
                out.write("MOVE " + iri(stateGraphFrom) + " TO " + iri(stateGraphTo) + " ;\n");
                int operation = 0;
                for (GraphChange change : changes) {
                    String graph = iri(change.graphName());
                    if (!change.append()) {
                        out.write("DROP SILENT GRAPH " + graph + " ;\n");
                    }
                    if (!change.isDelete()) {
                        writeInsert(out, graph, change.triples(), operation++);
                    }
                }
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the update request for the store", e);
        }
    }

    /** An {@code INSERT DATA} of {@code triples}, read once (a streamed change is never held whole); none if there are none. */
    private static void writeInsert(Writer out, String graph, Iterator<Triple> triples, int operation) throws IOException {
        if (!triples.hasNext()) {
            return;
        }
        // Blank node labels may not be shared by two operations of one request: give each
        // operation its own. A streamed change (observations) has none, so this map stays small.
        Map<Node, String> blanks = new HashMap<>();
        out.write("INSERT DATA { GRAPH " + graph + " {\n");
        try {
            while (triples.hasNext()) {
                Triple t = triples.next();
                out.write(term(t.getSubject(), blanks, operation));
                out.write(' ');
                out.write(term(t.getPredicate(), blanks, operation));
                out.write(' ');
                out.write(term(t.getObject(), blanks, operation));
                out.write(" .\n");
            }
        } finally {
            if (triples instanceof org.apache.jena.util.iterator.ClosableIterator<Triple> closable) {
                closable.close();
            }
        }
        out.write("} } ;\n");
    }

    private static String term(Node node, Map<Node, String> blanks, int operation) {
        if (node.isBlank()) {
            return blanks.computeIfAbsent(node, n -> "_:o" + operation + "b" + blanks.size());
        }
        return NodeFmtLib.strNT(node);
    }

    private static String iri(String uri) {
        return NodeFmtLib.strNT(org.apache.jena.graph.NodeFactory.createURI(uri));
    }
}
