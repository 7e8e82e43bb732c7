package org.opencohesion.api.sparql.conformance;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.resultset.ResultSetReaderRegistry;
import org.apache.jena.sparql.resultset.RDFInput;
import org.apache.jena.sparql.resultset.ResultSetCompare;
import org.apache.jena.sparql.resultset.ResultsReader;
import org.apache.jena.sparql.resultset.SPARQLResult;
import org.apache.jena.sparql.vocabulary.ResultSetGraphVocab;

/**
 * A test's expected result (.srx, .srj, .tsv, .csv, or RDF: a graph for CONSTRUCT, a result set
 * in the DAWG result-set vocabulary otherwise) and the comparison of an actual answer with it.
 */
final class ExpectedResults {
    private ExpectedResults() {}

    static SPARQLResult load(String resultIri, Query query) {
        if (query.isConstructType() || query.isDescribeType()) {
            return new SPARQLResult(ModelFactory.createModelForGraph(RDFDataMgr.loadGraph(resultIri)));
        }
        Lang lang = RDFLanguages.filenameToLang(resultIri);
        if (lang != null && ResultSetReaderRegistry.isRegistered(lang)) {
            // Read while the bytes are at hand: the readers stream, and a file stream would be closed under them.
            try (InputStream in = RDFDataMgr.open(resultIri)) {
                SPARQLResult read = ResultsReader.create().lang(lang).build().readAny(new ByteArrayInputStream(in.readAllBytes()));
                return read.isResultSet() ? new SPARQLResult(ResultSetFactory.copyResults(read.getResultSet())) : read;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Model model = RDFDataMgr.loadModel(resultIri);
        Statement bool = model.getProperty(null, ResultSetGraphVocab.p_boolean);
        if (bool != null) {
            return new SPARQLResult(bool.getBoolean());
        }
        return new SPARQLResult(RDFInput.fromRDF(model));
    }

    /**
     * How an answer differs from the expected one.
     *
     * @param equalByValue the results are equal by value but not term by term: the same numbers,
     *                     dates... came back with other lexical forms ({@code "02"} for {@code "2"})
     */
    record Difference(String description, boolean equalByValue) {
        static Difference of(String description) {
            return new Difference(description, false);
        }
    }

    /**
     * Empty when {@code actual} is the answer {@code expected} describes: result sets equal term
     * by term (blank nodes up to renaming; in order when the query orders), graphs isomorphic,
     * booleans equal. Otherwise what differs.
     */
    static Optional<Difference> difference(Query query, SPARQLResult expected, SPARQLResult actual) {
        if (expected.isBoolean()) {
            if (!actual.isBoolean()) {
                return Optional.of(Difference.of("expected a boolean, got another kind of result"));
            }
            return expected.getBooleanResult().equals(actual.getBooleanResult()) ? Optional.empty()
                    : Optional.of(Difference.of("expected " + expected.getBooleanResult() + ", got " + actual.getBooleanResult()));
        }
        if (expected.isModel()) {
            if (!actual.isModel()) {
                return Optional.of(Difference.of("expected a graph, got another kind of result"));
            }
            Graph e = expected.getModel().getGraph();
            Graph a = actual.getModel().getGraph();
            return e.isIsomorphicWith(a) ? Optional.empty()
                    : Optional.of(Difference.of("graphs differ\nexpected:\n" + ntriples(e) + "actual:\n" + ntriples(a)));
        }
        if (!actual.isResultSet()) {
            return Optional.of(Difference.of("expected a result set, got another kind of result"));
        }
        ResultSetRewindable e = ResultSetFactory.makeRewindable(expected.getResultSet());
        ResultSetRewindable a = ResultSetFactory.makeRewindable(actual.getResultSet());
        boolean ordered = query.isOrdered();
        if (ordered ? ResultSetCompare.equalsByTermAndOrder(e, a) : ResultSetCompare.equalsByTerm(e, a)) {
            return Optional.empty();
        }
        e.reset();
        a.reset();
        boolean byValue = ordered ? ResultSetCompare.equalsByValueAndOrder(e, a) : ResultSetCompare.equalsByValue(e, a);
        e.reset();
        a.reset();
        return Optional.of(new Difference("results differ" + (ordered ? " (in order: the query has ORDER BY)" : "")
                + (byValue ? "; equal by value, so terms came back with other lexical forms" : "")
                + "\nexpected:\n" + ResultSetFormatter.asText(e) + "actual:\n" + ResultSetFormatter.asText(a), byValue));
    }

    private static String ntriples(Graph graph) {
        StringWriter out = new StringWriter();
        RDFDataMgr.write(out, graph, Lang.NTRIPLES);
        return out.toString();
    }
}
