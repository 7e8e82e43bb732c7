package org.opencohesion.rdf.store;

import java.util.Objects;
import org.apache.jena.graph.Graph;

/**
 * One part of an atomic store change: a named graph replaced by new content, or deleted.
 *
 * @param graphName the graph's IRI
 * @param content   the new content, or {@code null} to delete the graph
 */
public record GraphChange(String graphName, Graph content) {
    public GraphChange {
        Objects.requireNonNull(graphName, "graphName");
    }

    public static GraphChange replace(String graphName, Graph content) {
        return new GraphChange(graphName, Objects.requireNonNull(content, "content"));
    }

    public static GraphChange delete(String graphName) {
        return new GraphChange(graphName, null);
    }

    public boolean isDelete() {
        return content == null;
    }
}
