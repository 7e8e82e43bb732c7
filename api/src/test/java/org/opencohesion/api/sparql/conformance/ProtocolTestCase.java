package org.opencohesion.api.sparql.conformance;

import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.TestManifest;
import org.apache.jena.sparql.vocabulary.TestManifestUpdate_11;
import org.opencohesion.api.sparql.conformance.W3cTestVocab.Cnt;
import org.opencohesion.api.sparql.conformance.W3cTestVocab.Ht;
import org.opencohesion.api.sparql.conformance.W3cTestVocab.Hts;
import org.opencohesion.api.sparql.conformance.W3cTestVocab.Mf;

/**
 * One {@code mf:ProtocolTest} of the W3C protocol manifest: the data it needs and the HTTP
 * requests it makes, in order, each with the response it expects.
 *
 * @param graphData graph name (the manifest's {@code rdfs:label}) to the IRI of the file holding it
 */
record ProtocolTestCase(W3cSuite.Entry entry, String name, Map<String, String> graphData, List<Request> requests) {

    /** The response a request expects: its status classes (2 for 2xx...) and, if given, its format and boolean. */
    record Expected(Set<Integer> statusClasses, Optional<String> format, Optional<Boolean> booleanResult) {}

    /** One HTTP request as the manifest describes it; {@code path} starts with {@code /sparql/}. */
    record Request(String method, String path, Map<String, String> headers, Optional<String> body, Charset bodyCharset,
                   Expected expected) {

        Optional<String> contentType() {
            return headers.entrySet().stream().filter(h -> h.getKey().equalsIgnoreCase("content-type"))
                    .map(Map.Entry::getValue).findFirst();
        }

        /**
         * Whether this is a SPARQL update: an {@code update} parameter in the URL or a form body,
         * or an {@code application/sparql-update} body.
         */
        boolean isUpdate() {
            String type = contentType().orElse("").toLowerCase(Locale.ROOT);
            return type.startsWith("application/sparql-update")
                    || hasParameter(queryString(), "update")
                    || (type.startsWith("application/x-www-form-urlencoded") && body.map(b -> hasParameter(b, "update")).orElse(false))
                    // a form body sent without its media type is still meant as an update
                    || (type.isEmpty() && body.map(b -> hasParameter(b, "update")).orElse(false));
        }

        private String queryString() {
            int q = path.indexOf('?');
            return q < 0 ? "" : path.substring(q + 1);
        }

        private static boolean hasParameter(String form, String name) {
            for (String pair : form.split("&")) {
                String key = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
                if (URLDecoder.decode(key, StandardCharsets.UTF_8).equals(name)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Whether the test's first request is an update: the rest of the test then checks its effect. */
    boolean isUpdateTest() {
        return requests.get(0).isUpdate();
    }

    static ProtocolTestCase read(W3cSuite.Entry entry) {
        Resource test = entry.test();
        if (!test.hasProperty(RDF.type, Mf.ProtocolTest)) {
            throw new IllegalStateException(entry.iri() + " is not an mf:ProtocolTest");
        }
        Map<String, String> graphData = new LinkedHashMap<>();
        test.listProperties(TestManifestUpdate_11.graphData).forEachRemaining(s -> {
            Resource g = s.getResource();
            graphData.put(g.getProperty(RDFS.label).getString(), g.getPropertyResourceValue(TestManifestUpdate_11.graph).getURI());
        });
        Resource action = test.getPropertyResourceValue(TestManifest.action);
        List<Request> requests = new ArrayList<>();
        for (RDFNode node : action.getPropertyResourceValue(Ht.requests).as(RDFList.class).asJavaList()) {
            requests.add(request(node.asResource()));
        }
        return new ProtocolTestCase(entry, test.getProperty(TestManifest.name).getString(), graphData, List.copyOf(requests));
    }

    private static Request request(Resource r) {
        Map<String, String> headers = new LinkedHashMap<>();
        Resource headerList = r.getPropertyResourceValue(Ht.headers);
        if (headerList != null) {
            for (RDFNode h : headerList.as(RDFList.class).asJavaList()) {
                headers.put(h.asResource().getProperty(Ht.fieldName).getString(), h.asResource().getProperty(Ht.fieldValue).getString());
            }
        }
        Optional<String> body = Optional.empty();
        Charset charset = StandardCharsets.UTF_8;
        Resource b = r.getPropertyResourceValue(Ht.body);
        if (b != null) {
            body = Optional.of(b.getProperty(Cnt.chars).getString());
            if (b.hasProperty(Cnt.characterEncoding)) {
                charset = Charset.forName(b.getProperty(Cnt.characterEncoding).getString());
            }
        }
        Resource resp = r.getPropertyResourceValue(Ht.resp);
        Set<Integer> classes = new TreeSet<>();
        resp.listProperties(Mf.expectedStatus).forEachRemaining(s -> classes.add(Hts.statusClass(s.getResource())));
        Optional<String> format = Optional.ofNullable(resp.getProperty(Mf.expectedFormat)).map(Statement::getString);
        Optional<Boolean> bool = Optional.ofNullable(resp.getProperty(Mf.expectedBoolean)).map(Statement::getBoolean);
        return new Request(r.getProperty(Ht.methodName).getString(), r.getProperty(Ht.absolutePath).getString(),
                headers, body, charset, new Expected(classes, format, bool));
    }
}
