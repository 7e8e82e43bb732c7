package org.opencohesion.rdf.store;

import java.util.Iterator;
import org.apache.jena.graph.Triple;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.exec.RowSet;

/**
 * The live results of a {@link QueryRequest}, one kind per query form. They are read inside
 * {@link StoreView#query}: rows and triples are produced as they are read, and the request's
 * timeout still applies while they are.
 */
public sealed interface QueryResults {
    /** SELECT: the variables and the solutions. */
    record Rows(RowSet rows) implements QueryResults {}

    /** ASK. */
    record Answer(boolean value) implements QueryResults {}

    /**
     * CONSTRUCT or DESCRIBE: the triples (a CONSTRUCT may produce one more than once) and the
     * query's prefixes, for writers that abbreviate.
     */
    record Triples(Iterator<Triple> triples, PrefixMapping prefixes) implements QueryResults {}
}
