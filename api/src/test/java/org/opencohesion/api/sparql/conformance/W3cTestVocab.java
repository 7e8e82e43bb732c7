package org.opencohesion.api.sparql.conformance;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The W3C test-manifest terms Jena's own vocabulary classes ({@code TestManifest},
 * {@code TestManifest_11}, {@code VocabTestQuery}, {@code TestManifestUpdate_11}) do not have:
 * the protocol suite's HTTP description. One nested class per namespace.
 */
final class W3cTestVocab {
    private W3cTestVocab() {}

    /** {@code mf:}, the protocol suite's additions. */
    static final class Mf {
        static final String NS = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#";
        static final Resource ProtocolTest = ResourceFactory.createResource(NS + "ProtocolTest");
        static final Property expectedStatus = ResourceFactory.createProperty(NS + "expectedStatus");
        static final Property expectedBoolean = ResourceFactory.createProperty(NS + "expectedBoolean");
        static final Property expectedFormat = ResourceFactory.createProperty(NS + "expectedFormat");

        private Mf() {}
    }

    /** {@code ht:}, HTTP in RDF. */
    static final class Ht {
        static final String NS = "http://www.w3.org/2011/http#";
        static final Property requests = ResourceFactory.createProperty(NS + "requests");
        static final Property methodName = ResourceFactory.createProperty(NS + "methodName");
        static final Property absolutePath = ResourceFactory.createProperty(NS + "absolutePath");
        static final Property headers = ResourceFactory.createProperty(NS + "headers");
        static final Property fieldName = ResourceFactory.createProperty(NS + "fieldName");
        static final Property fieldValue = ResourceFactory.createProperty(NS + "fieldValue");
        static final Property body = ResourceFactory.createProperty(NS + "body");
        static final Property resp = ResourceFactory.createProperty(NS + "resp");

        private Ht() {}
    }

    /** {@code hts:}, HTTP status code classes. */
    static final class Hts {
        static final String NS = "http://www.w3.org/2011/http-statusCodes#";

        private Hts() {}

        /** The class digit of a status-class term such as {@code hts:StatusCode4xx}. */
        static int statusClass(Resource term) {
            String uri = term.getURI();
            if (!uri.startsWith(NS + "StatusCode") || !uri.endsWith("xx")) {
                throw new IllegalArgumentException("not a status-code class: " + uri);
            }
            return Character.digit(uri.charAt((NS + "StatusCode").length()), 10);
        }
    }

    /** {@code cnt:}, content in RDF. */
    static final class Cnt {
        static final String NS = "http://www.w3.org/2011/content#";
        static final Property chars = ResourceFactory.createProperty(NS + "chars");
        static final Property characterEncoding = ResourceFactory.createProperty(NS + "characterEncoding");

        private Cnt() {}
    }
}
