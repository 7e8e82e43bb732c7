package org.opencohesion.api.sparql;

import java.io.ByteArrayOutputStream;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.shared.JenaException;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.resultset.ResultsWriter;
import org.opencohesion.api.problem.ClientError;
import org.opencohesion.api.problem.Problem;
import org.opencohesion.rdf.store.QueryResults;

/**
 * Writes live query results in one format, keeping at most {@code maxRows} solutions or triples
 * and saying whether more were left out. Everything is written to memory before a byte is sent,
 * so a query that runs out of time while its results are written still gets a clean error.
 */
final class ResultWriter {
    /**
     * @param body      the bytes to send
     * @param count     solutions or triples written (1 for ASK)
     * @param truncated true when the query had more than were written
     */
    record Written(byte[] body, long count, boolean truncated) {}

    private ResultWriter() {}

    static Written write(QueryResults results, ResultFormat format, int maxRows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        if (results instanceof QueryResults.Answer answer) {
            ResultsWriter.create().lang(format.resultsLang()).build().write(out, answer.value());
            return new Written(out.toByteArray(), 1, false);
        }
        if (results instanceof QueryResults.Rows rows) {
            Capped capped = new Capped(rows.rows(), maxRows);
            RowSet limited = RowSetStream.create(rows.rows().getResultVars(), capped);
            ResultsWriter.create().lang(format.resultsLang()).build().write(out, limited);
            return new Written(out.toByteArray(), capped.given, capped.more());
        }
        QueryResults.Triples triples = (QueryResults.Triples) results;
        Graph graph = GraphFactory.createDefaultGraph();
        graph.getPrefixMapping().setNsPrefixes(triples.prefixes());
        boolean truncated = false;
        Iterator<Triple> it = triples.triples();
        while (it.hasNext()) {
            Triple t = it.next();
            if (graph.size() >= maxRows && !graph.contains(t)) {
                truncated = true;
                break;
            }
            graph.add(t);
        }
        writeGraph(graph, format, out);
        return new Written(out.toByteArray(), graph.size(), truncated);
    }

    /** Writes {@code graph} as {@code format}; RDF/XML cannot write every predicate, which is a 406. */
    static void writeGraph(Graph graph, ResultFormat format, ByteArrayOutputStream out) {
        try {
            RDFWriter.source(graph).format(format.rdfFormat()).output(out);
        } catch (JenaException e) {
            if (format != ResultFormat.RDF_XML) {
                throw e;
            }
            throw new ClientError(Problem.of(406, "not-acceptable", "Not acceptable",
                    "these triples cannot be written as RDF/XML (" + e.getMessage() + "); ask for Turtle, N-Triples or JSON-LD"));
        }
    }

    /** The first {@code max} bindings of {@code rows}; {@link #more()} tells whether any were left. */
    private static final class Capped implements Iterator<Binding> {
        private final RowSet rows;
        private final int max;
        long given;

        Capped(RowSet rows, int max) {
            this.rows = rows;
            this.max = max;
        }

        @Override
        public boolean hasNext() {
            return given < max && rows.hasNext();
        }

        @Override
        public Binding next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            given++;
            return rows.next();
        }

        boolean more() {
            return given >= max && rows.hasNext();
        }
    }
}
