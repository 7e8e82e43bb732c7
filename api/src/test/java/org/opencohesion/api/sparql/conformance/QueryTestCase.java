package org.opencohesion.api.sparql.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.vocabulary.TestManifest_11;
import org.apache.jena.sparql.vocabulary.VocabTestQuery;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.TestManifest;

/**
 * One test of the SPARQL 1.1 query manifests: an evaluation test (query, default-graph data,
 * named-graph data, expected result) or a syntax test (a query that must or must not parse).
 *
 * @param query     the IRI of the query file (also the query's base IRI)
 * @param data      files whose merge is the default graph
 * @param graphData files that are named graphs, each named by its own IRI
 * @param result    the expected-result file (evaluation tests only)
 */
record QueryTestCase(W3cSuite.Entry entry, Kind kind, String name, String query, List<String> data,
                     List<String> graphData, Optional<String> result) {

    enum Kind { EVALUATION, POSITIVE_SYNTAX, NEGATIVE_SYNTAX }

    static QueryTestCase read(W3cSuite.Entry entry) {
        Resource test = entry.test();
        String name = test.hasProperty(TestManifest.name) ? test.getProperty(TestManifest.name).getString() : entry.shortName();
        Kind kind = kindOf(test);
        Resource action = test.getPropertyResourceValue(TestManifest.action);
        if (kind != Kind.EVALUATION) {
            // A syntax test's action is the query file itself.
            return new QueryTestCase(entry, kind, name, action.getURI(), List.of(), List.of(), Optional.empty());
        }
        return new QueryTestCase(entry, kind, name, action.getPropertyResourceValue(VocabTestQuery.query).getURI(),
                iris(action, VocabTestQuery.data), iris(action, VocabTestQuery.graphData),
                Optional.of(test.getPropertyResourceValue(TestManifest.result).getURI()));
    }

    private static Kind kindOf(Resource test) {
        if (test.hasProperty(RDF.type, TestManifest.QueryEvaluationTest)) {
            return Kind.EVALUATION;
        }
        if (test.hasProperty(RDF.type, TestManifest_11.PositiveSyntaxTest11) || test.hasProperty(RDF.type, TestManifest.PositiveSyntaxTest)) {
            return Kind.POSITIVE_SYNTAX;
        }
        if (test.hasProperty(RDF.type, TestManifest_11.NegativeSyntaxTest11) || test.hasProperty(RDF.type, TestManifest.NegativeSyntaxTest)) {
            return Kind.NEGATIVE_SYNTAX;
        }
        // Never silently skip a kind of test this runner does not know.
        throw new IllegalStateException(test.getURI() + " has a test type this runner does not handle: "
                + test.listProperties(RDF.type).toList());
    }

    private static List<String> iris(Resource action, Property property) {
        List<String> iris = new ArrayList<>();
        for (RDFNode n : action.listProperties(property).mapWith(s -> s.getObject()).toList()) {
            iris.add(n.asResource().getURI());
        }
        // Manifest order is not preserved by RDF; sort so runs are repeatable.
        iris.sort(null);
        return List.copyOf(iris);
    }
}
