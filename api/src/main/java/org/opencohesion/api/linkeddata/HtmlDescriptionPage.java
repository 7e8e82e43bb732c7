package org.opencohesion.api.linkeddata;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;
import org.opencohesion.rdf.Uris;

/**
 * A plain, readable HTML page of a {@link Description}: the resource's name, a table of its
 * properties (our own resources linked to their documents, named by their labels), what links
 * to it, and links to the same description in every RDF format. No script, no external assets.
 * Deliberately small: the journalists' pages with charts replace it for the main kinds of thing.
 */
public final class HtmlDescriptionPage {
    private static final List<Property> LABELS = List.of(SKOS.prefLabel, RDFS.label, DCTerms.title);

    private final Uris uris;
    private final PrefixMapping prefixes;

    public HtmlDescriptionPage(Uris uris, Namespaces namespaces) {
        this.uris = uris;
        this.prefixes = namespaces.all();
    }

    public byte[] render(Description d, DocumentPath path) {
        Resource resource = d.resource();
        String title = label(resource).orElse(resource.getURI());
        StringBuilder h = new StringBuilder(4096);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(esc(title)).append(" · OpenCohesion</title>\n");
        for (RdfFormat f : RdfFormat.rdf()) {
            h.append("<link rel=\"alternate\" type=\"").append(f.mediaType()).append("\" href=\"")
                    .append(esc(path.variant(f))).append("\">\n");
        }
        h.append("<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:1rem auto;padding:0 1rem;line-height:1.45}")
                .append("table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #ccc;padding:.3rem .5rem;")
                .append("text-align:left;vertical-align:top}th{width:30%;font-weight:600}code{word-break:break-all}")
                .append("td table{margin:0}.type{color:#555;font-size:.85em}</style>\n</head>\n<body>\n<main>\n");
        h.append("<h1>").append(esc(title)).append("</h1>\n");
        h.append("<p>URI: <code>").append(esc(resource.getURI())).append("</code></p>\n");
        h.append(sections(d));
        h.append("<h2>This description as data</h2>\n<ul>\n");
        for (RdfFormat f : RdfFormat.rdf()) {
            h.append("<li><a href=\"").append(esc(path.variant(f))).append("\" type=\"").append(f.mediaType()).append("\">")
                    .append(f.label()).append("</a></li>\n");
        }
        h.append("</ul>\n</main>\n</body>\n</html>\n");
        return h.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Everything the description says, as HTML sections without a page around them: a table of
     * each subject's properties and what links to the resource. Rich pages embed it.
     */
    public String sections(Description d) {
        Resource resource = d.resource();
        StringBuilder h = new StringBuilder(4096);
        for (Resource subject : d.subjects()) {
            if (!subject.equals(resource)) {
                h.append("<section id=\"").append(esc(subject.getURI().substring(d.iri().length() + 1))).append("\">\n<h2>")
                        .append(esc(label(subject).orElse(compact(subject.getURI())))).append("</h2>\n")
                        .append("<p><code>").append(esc(subject.getURI())).append("</code></p>\n");
            }
            h.append(properties(subject, new HashSet<>()));
            if (!subject.equals(resource)) {
                h.append("</section>\n");
            }
        }
        inbound(resource, h);
        return h.toString();
    }

    private String properties(Resource subject, Set<Resource> seen) {
        seen.add(subject);
        List<Statement> statements = new ArrayList<>(subject.listProperties().toList());
        statements.sort(Comparator.comparing((Statement s) -> s.getPredicate().equals(RDF.type) ? "" : compact(s.getPredicate().getURI()))
                .thenComparing(s -> s.getObject().toString()));
        StringBuilder h = new StringBuilder("<table>\n<thead><tr><th scope=\"col\">Property</th><th scope=\"col\">Value</th></tr></thead>\n<tbody>\n");
        for (Statement s : statements) {
            h.append("<tr><th scope=\"row\">").append(link(s.getPredicate())).append("</th><td>")
                    .append(value(s.getObject(), seen)).append("</td></tr>\n");
        }
        return h.append("</tbody>\n</table>\n").toString();
    }

    private String value(RDFNode node, Set<Resource> seen) {
        if (node.isLiteral()) {
            Literal l = node.asLiteral();
            String lang = l.getLanguage();
            if (!lang.isEmpty()) {
                return "<span lang=\"" + esc(lang) + "\">" + esc(l.getLexicalForm()) + "</span> <span class=\"type\">(" + esc(lang) + ")</span>";
            }
            String type = l.getDatatypeURI();
            return esc(l.getLexicalForm()) + (type == null || type.equals(XSD.xstring.getURI()) ? ""
                    : " <span class=\"type\">" + esc(compact(type)) + "</span>");
        }
        Resource r = node.asResource();
        if (r.isAnon()) {
            return seen.contains(r) ? "…" : properties(r, seen);
        }
        return link(r);
    }

    private void inbound(Resource resource, StringBuilder h) {
        List<Statement> in = resource.getModel().listStatements(null, null, resource)
                .filterKeep(s -> s.getSubject().isURIResource() && !s.getSubject().equals(resource)).toList();
        if (in.isEmpty()) {
            return;
        }
        in.sort(Comparator.comparing((Statement s) -> compact(s.getPredicate().getURI())).thenComparing(s -> s.getSubject().getURI()));
        h.append("<h2>Linked from</h2>\n<table>\n<thead><tr><th scope=\"col\">Property</th><th scope=\"col\">Resource</th></tr></thead>\n<tbody>\n");
        for (Statement s : in) {
            h.append("<tr><th scope=\"row\">").append(esc(compact(s.getPredicate().getURI()))).append("</th><td>")
                    .append(link(s.getSubject())).append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n");
    }

    /** A link to an IRI: our {@code /id/} things go to their documents; named by label when known. */
    private String link(Resource r) {
        String iri = r.getURI();
        String idBase = uris.base() + "/id/";
        String href = iri.startsWith(idBase) ? uris.base() + "/doc/" + iri.substring(idBase.length()) : iri;
        Optional<String> label = label(r);
        String text = label.orElse(compact(iri));
        if (!(href.startsWith("http://") || href.startsWith("https://"))) {
            return esc(text); // never a javascript: or data: link, whatever an ingested IRI says
        }
        return "<a href=\"" + esc(href) + "\">" + esc(text) + "</a>" + (label.isPresent() ? " <code class=\"type\">" + esc(compact(iri)) + "</code>" : "");
    }

    /** The English label of {@code r} (skos:prefLabel, rdfs:label or dcterms:title), else any label. */
    public static Optional<String> label(Resource r) {
        Optional<String> any = Optional.empty();
        for (Property p : LABELS) {
            for (Statement s : r.listProperties(p).toList()) {
                if (!s.getObject().isLiteral()) {
                    continue;
                }
                Literal l = s.getLiteral();
                if (l.getLanguage().isEmpty() || l.getLanguage().startsWith("en")) {
                    return Optional.of(l.getLexicalForm());
                }
                if (any.isEmpty()) {
                    any = Optional.of(l.getLexicalForm());
                }
            }
        }
        return any;
    }

    private String compact(String iri) {
        String shortened = prefixes.shortForm(iri);
        return shortened == null ? iri : shortened;
    }

    public static String esc(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
