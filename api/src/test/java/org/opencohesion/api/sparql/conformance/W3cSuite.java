package org.opencohesion.api.sparql.conformance;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.TestManifest;

/**
 * The W3C SPARQL 1.1 test suites in {@code ../shared/conformance/sparql11} (a snapshot of
 * w3c/rdf-tests, read in place, never copied into the project) and their manifests.
 */
final class W3cSuite {
    private W3cSuite() {}

    /** One test of a manifest: its resource in the manifest's model, IRIs of its files resolved. */
    record Entry(Resource test) {
        String iri() {
            return test.getURI();
        }

        /** A short name: the fragment of the test IRI. */
        String shortName() {
            String iri = iri();
            return iri.substring(iri.lastIndexOf('#') + 1);
        }
    }

    /**
     * The suite folder: the {@code opencohesion.sparql11} property the api module's conformance
     * profile sets, else beside the shared folder; the test is skipped when it is not there.
     */
    static Path sparql11() {
        List<Path> candidates = new ArrayList<>();
        String configured = System.getProperty("opencohesion.sparql11");
        if (configured != null) {
            candidates.add(Path.of(configured));
        }
        String shared = System.getProperty("opencohesion.shared");
        if (shared != null) {
            candidates.add(Path.of(shared, "conformance", "sparql11"));
        }
        candidates.add(Path.of("../../shared/conformance/sparql11"));
        Path found = candidates.stream().filter(Files::isDirectory).findFirst().orElse(null);
        assumeTrue(found != null, "the W3C SPARQL 1.1 suite is not beside this checkout (../shared/conformance/sparql11)");
        return found.toAbsolutePath().normalize();
    }

    /**
     * Every entry of the manifest at {@code file}, in manifest order, following
     * {@code mf:include} into sub-manifests depth first.
     */
    static List<Entry> entries(Path file) {
        List<Entry> entries = new ArrayList<>();
        collect(file.toUri().toString(), entries);
        return entries;
    }

    private static void collect(String manifestUri, List<Entry> into) {
        Model model = RDFDataMgr.loadModel(manifestUri);
        Resource manifest = model.listResourcesWithProperty(RDF.type, TestManifest.Manifest)
                .nextOptional()
                .orElseThrow(() -> new IllegalStateException("no mf:Manifest in " + manifestUri));
        if (manifest.hasProperty(TestManifest.include)) {
            for (RDFNode included : manifest.getPropertyResourceValue(TestManifest.include).as(RDFList.class).asJavaList()) {
                collect(included.asResource().getURI(), into);
            }
        }
        if (manifest.hasProperty(TestManifest.entries)) {
            for (RDFNode test : manifest.getPropertyResourceValue(TestManifest.entries).as(RDFList.class).asJavaList()) {
                into.add(new Entry(test.asResource()));
            }
        }
    }
}
