package org.opencohesion.api.linkeddata;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;

/**
 * What a document says about one resource: {@code model} holds the resource's own triples, those
 * of the terms it owns (a hash namespace's terms, for {@code /def/cohesion}), selected inbound
 * links and the labels of what it links to.
 *
 * @param iri   the resource described
 * @param model the triples published about it
 */
public record Description(String iri, Model model) {
    /** The resource described, as a node of {@link #model}. */
    public Resource resource() {
        return model.createResource(iri);
    }

    /**
     * The subjects the document is about, the resource first: for a vocabulary document, also
     * every term in its hash namespace ({@code /def/cohesion#Area}), sorted.
     */
    public List<Resource> subjects() {
        List<Resource> subjects = new ArrayList<>();
        subjects.add(resource());
        model.listSubjects()
                .filterKeep(s -> s.isURIResource() && s.getURI().startsWith(iri + "#"))
                .toList().stream()
                .sorted((a, b) -> a.getURI().compareTo(b.getURI()))
                .forEach(subjects::add);
        return subjects;
    }
}
