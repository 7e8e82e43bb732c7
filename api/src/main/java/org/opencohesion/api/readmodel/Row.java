package org.opencohesion.api.readmodel;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;

/** Typed, null-tolerant access to one SPARQL result row. */
public record Row(QuerySolution solution) {
    public String text(String var) {
        RDFNode n = solution.get(var);
        if (n == null) {
            return null;
        }
        return n.isLiteral() ? n.asLiteral().getLexicalForm() : n.isURIResource() ? n.asResource().getURI() : null;
    }

    public String uri(String var) {
        RDFNode n = solution.get(var);
        return n != null && n.isURIResource() ? n.asResource().getURI() : null;
    }

    public URI uriValue(String var) {
        String s = uri(var);
        return s == null ? null : URI.create(s);
    }

    /** The last path segment of an IRI: a concept's notation, an organisation's slug. */
    public String lastSegment(String var) {
        String s = uri(var);
        return s == null ? null : lastSegmentOf(s);
    }

    public LocalDate date(String var) {
        String s = text(var);
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
        } catch (RuntimeException e) {
            return null;
        }
    }

    public Integer integer(String var) {
        RDFNode n = solution.get(var);
        return n != null && n.isLiteral() ? n.asLiteral().getInt() : null;
    }

    public BigDecimal decimal(String var) {
        RDFNode n = solution.get(var);
        if (n == null || !n.isLiteral()) {
            return null;
        }
        Literal l = n.asLiteral();
        try {
            return new BigDecimal(l.getLexicalForm().trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public static String lastSegmentOf(String iri) {
        return iri.substring(iri.lastIndexOf('/') + 1);
    }
}
