package org.opencohesion.rdf.store;

import java.util.Objects;
import org.apache.jena.graph.Graph;

/**
 * One part of an atomic store change: a named graph replaced by new content, deleted, or added to
 * (an append-only log such as the change feed, which a commit must not have to rewrite whole).
 *
 * @param graphName the graph's IRI
 * @param content   the new content, or {@code null} to delete the graph
 * @param append    true to add {@code content} to what the graph holds instead of replacing it
 */
public record GraphChange(String graphName, Graph content, boolean append) {
    public GraphChange {
        Objects.requireNonNull(graphName, "graphName");
        if (append && content == null) {
            throw new IllegalArgumentException("an append needs content");
        }
    }

    public static GraphChange replace(String graphName, Graph content) {
        return new GraphChange(graphName, Objects.requireNonNull(content, "content"), false);
    }

    public static GraphChange delete(String graphName) {
        return new GraphChange(graphName, null, false);
    }

    /** Adds {@code content}'s triples to the graph, keeping what it holds. */
    public static GraphChange append(String graphName, Graph content) {
        return new GraphChange(graphName, Objects.requireNonNull(content, "content"), true);
    }

    public boolean isDelete() {
        return content == null;
    }
}
