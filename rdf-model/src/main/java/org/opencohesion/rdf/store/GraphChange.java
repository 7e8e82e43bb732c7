package org.opencohesion.rdf.store;

import java.util.Iterator;
import java.util.Objects;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;

/**
 * One part of an atomic store change: a named graph replaced by new content, deleted, or added to
 * (an append-only log such as the change feed, which a commit must not have to rewrite whole).
 *
 * <p>Content is either an in-memory {@link Graph} or, for graphs too large to hold in memory, a
 * {@link TripleSource} ({@link #replaceStreamed}): its {@link #content()} is then a read-only view
 * that reads the source again on every find, so code written for graphs still works, and
 * {@link #streamed()} gives the source itself, which a store should read once, writing as it goes.
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

    /**
     * Replaces the graph by the triples of {@code source}, read while the commit runs, never held
     * in memory as a whole.
     */
    public static GraphChange replaceStreamed(String graphName, TripleSource source) {
        return new GraphChange(graphName, new TripleSourceGraph(Objects.requireNonNull(source, "source")), false);
    }

    /** Adds {@code content}'s triples to the graph, keeping what it holds. */
    public static GraphChange append(String graphName, Graph content) {
        return new GraphChange(graphName, Objects.requireNonNull(content, "content"), true);
    }

    public boolean isDelete() {
        return content == null;
    }

    /** The source of a change made by {@link #replaceStreamed}; empty for in-memory content and deletions. */
    public Optional<TripleSource> streamed() {
        return content instanceof TripleSourceGraph g ? Optional.of(g.source()) : Optional.empty();
    }

    /** The content's triples, read once: from the source of a streamed change, else from the graph. */
    public Iterator<Triple> triples() {
        if (content == null) {
            throw new IllegalStateException("a deletion has no triples");
        }
        return streamed().map(TripleSource::open).orElseGet(content::find);
    }
}
