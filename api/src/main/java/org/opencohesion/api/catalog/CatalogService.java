package org.opencohesion.api.catalog;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.VCARD4;
import org.opencohesion.api.Config;
import org.opencohesion.api.dumps.Dump;
import org.opencohesion.api.dumps.DumpFormat;
import org.opencohesion.rdf.Ontology;
import org.opencohesion.rdf.SparqlFile;
import org.opencohesion.rdf.Uris;
import org.opencohesion.rdf.store.Store;
import org.opencohesion.rdf.store.StoreView;

/**
 * The DCAT catalogue of everything published, built from the store's dataset records and data
 * (SPARQL in {@code .rq} files next to this class) and the {@link Config.Publication}: one
 * {@code dcat:Dataset} per dataset with its themes (ours and the EU data themes they map to, see
 * {@code eu-vocabularies.ttl}), spatial and temporal coverage and a {@code dcat:Distribution} per
 * download (its dumps and its REST list as JSON and CSV), and the SPARQL endpoint and REST API as
 * {@code dcat:DataService}s. Written to satisfy the DCAT-AP 3 shapes. Built once per store
 * generation. Knows no HTTP.
 *
 * <p>Things the catalogue names that have no IRI of their own in the store (distributions,
 * services, the publisher unless configured, the contact point) get hash IRIs in the catalogue
 * document, {@code {base}/catalog#...}, so they dereference to the catalogue.
 */
public final class CatalogService {
    static final String EU = "http://publications.europa.eu/resource/authority/";
    static final String IANA = "https://www.iana.org/assignments/media-types/";
    private static final Property DCATAP_AVAILABILITY = property("http://data.europa.eu/r5r/availability");
    private static final Resource STABLE = resource(EU + "planned-availability/STABLE");
    private static final Resource LOCAL_AUTHORITY = resource("http://purl.org/adms/publishertype/LocalAuthority");
    private static final Resource ATTRIBUTION = resource("http://purl.org/adms/licencetype/Attribution");
    private static final Resource EU_THEMES = resource(EU + "data-theme");
    private static final Resource SOCI = resource(EU + "data-theme/SOCI");

    private final Store store;
    private final Uris uris;
    private final Config.Publication publication;
    private final Model vocabularies;
    private final Graph ontology;
    private final PerGeneration<Model> catalogue = new PerGeneration<>();

    public CatalogService(Store store, Config.Publication publication) {
        this.store = store;
        this.uris = store.uris();
        this.publication = publication;
        this.vocabularies = loadVocabularies(uris);
        this.ontology = Ontology.load(uris).vocabulary();
    }

    /** The catalogue's IRI, which is also the URL of its document. */
    public String iri() {
        return uris.base() + "/catalog";
    }

    /** The catalogue at the current store generation (shared: do not modify). */
    public Model catalogue() {
        return catalogue.get(store.generation(), () -> store.read(this::build));
    }

    private Model build(StoreView view) {
        Model m = ModelFactory.createDefaultModel();
        m.add(view.construct(SparqlFile.query(CatalogService.class, "datasets.rq", uris)));
        Resource catalog = m.createResource(iri());
        Resource publisher = publisher(m);
        Resource contact = contact(m);
        Resource licence = licence(m);
        Resource rest = service(m, "rest-api", "REST API", "Cached, paged and filterable JSON and CSV of every list, described by OpenAPI.",
                "/api/v1", "/openapi.yaml", "https://spec.openapis.org/oas/v3.0.3", publisher, contact, licence);
        Resource sparql = service(m, "sparql", "SPARQL endpoint", "SPARQL 1.1 queries over every dataset (read-only, time-limited).",
                "/sparql", "/sparql", "https://www.w3.org/TR/sparql11-protocol/", publisher, contact, licence);

        SpatialCoverage areas = SpatialCoverage.load(view, uris);
        Set<String> allAreas = new HashSet<>();
        Literal firstIssued = null;
        Literal lastModified = null;
        for (DatasetParts parts : parts(view)) {
            Resource dataset = m.createResource(parts.iri())
                    .addProperty(DCTerms.publisher, publisher)
                    .addProperty(DCAT.contactPoint, contact)
                    .addProperty(DCTerms.accessRights, vocabulary(m, EU + "access-right/PUBLIC"))
                    .addProperty(DCAT.landingPage, document(m, uris.base() + "/doc/dataset/" + parts.id() + ".html"));
            catalog.addProperty(DCAT.dataset, dataset);
            sparql.addProperty(DCAT.servesDataset, dataset);
            themes(view, m, dataset, parts);
            Set<String> covered = areas(view, parts);
            allAreas.addAll(covered);
            for (SpatialCoverage.Area area : areas.cover(covered)) {
                dataset.addProperty(DCTerms.spatial, location(m, area));
            }
            temporal(view, m, dataset, parts);
            Literal modified = dataset.getProperty(DCTerms.modified).getLiteral();
            for (DumpFormat format : DumpFormat.values()) {
                dump(m, dataset, Dump.dataset(parts.id(), format), licence, modified);
            }
            String list = restList(parts);
            if (list != null) {
                restDistribution(m, dataset, parts, list, false, licence, modified, rest);
                restDistribution(m, dataset, parts, list, true, licence, modified, rest);
                rest.addProperty(DCAT.servesDataset, dataset);
            }
            if (parts.indicatorId() != null) {
                indicatorDownload(m, dataset, parts.indicatorId(), false, licence, modified);
                indicatorDownload(m, dataset, parts.indicatorId(), true, licence, modified);
            }
            Literal issued = dataset.getProperty(DCTerms.issued).getLiteral();
            firstIssued = firstIssued == null || issued.getLexicalForm().compareTo(firstIssued.getLexicalForm()) < 0 ? issued : firstIssued;
            lastModified = lastModified == null || modified.getLexicalForm().compareTo(lastModified.getLexicalForm()) > 0 ? modified : lastModified;
        }

        catalog.addProperty(RDF.type, DCAT.Catalog)
                .addProperty(DCTerms.title, "Community cohesion open data: " + publication.publisherName(), "en")
                .addProperty(DCTerms.description, "Partnership plans, community assets and anonymised community-cohesion "
                        + "indicators published as open and linked data by " + publication.publisherName() + ".", "en")
                .addProperty(DCTerms.publisher, publisher)
                .addProperty(DCTerms.license, licence)
                .addProperty(DCTerms.language, vocabulary(m, EU + "language/ENG"))
                .addProperty(FOAF.homepage, document(m, uris.base() + "/"))
                .addProperty(DCAT.themeTaxonomy, scheme(m, uris.scheme("theme")))
                .addProperty(DCAT.themeTaxonomy, scheme(m, EU_THEMES))
                .addProperty(DCAT.service, rest)
                .addProperty(DCAT.service, sparql);
        for (SpatialCoverage.Area area : areas.cover(allAreas)) {
            catalog.addProperty(DCTerms.spatial, location(m, area));
        }
        if (firstIssued != null) {
            catalog.addProperty(DCTerms.issued, firstIssued).addProperty(DCTerms.modified, lastModified);
        }
        return m;
    }

    /** A dataset's id, kind (notation), graph and, for indicator values, the indicator. */
    private record DatasetParts(String iri, String id, String kind, String graph, String indicator, String indicatorId) {}

    private List<DatasetParts> parts(StoreView view) {
        List<DatasetParts> list = new ArrayList<>();
        view.select(SparqlFile.query(CatalogService.class, "dataset-parts.rq", uris), rows -> {
            while (rows.hasNext()) {
                QuerySolution row = rows.next();
                list.add(new DatasetParts(row.getResource("dataset").getURI(), row.getLiteral("id").getString(),
                        row.getLiteral("kind").getString(), row.getResource("graph").getURI(), null, null));
            }
            return null;
        });
        List<DatasetParts> withIndicators = new ArrayList<>();
        for (DatasetParts p : list) {
            if (!"observations".equals(p.kind())) {
                withIndicators.add(p);
                continue;
            }
            ParameterizedSparqlString q = SparqlFile.load(CatalogService.class, "indicator.rq", uris);
            q.setIri("graph", p.graph());
            withIndicators.add(view.select(q.asQuery(), rows -> {
                if (!rows.hasNext()) {
                    return p;
                }
                QuerySolution row = rows.next();
                return new DatasetParts(p.iri(), p.id(), p.kind(), p.graph(), row.getResource("indicator").getURI(),
                        row.getLiteral("id").getString());
            }));
        }
        return withIndicators;
    }

    /** Our themes, the EU data themes they map to, and the EU data theme of the dataset's kind. */
    private void themes(StoreView view, Model m, Resource dataset, DatasetParts parts) {
        ParameterizedSparqlString q = SparqlFile.load(CatalogService.class, "themes.rq", uris);
        q.setIri("graph", parts.graph());
        // without an indicator, ?indicator is bound to an IRI no indicator can have (not a slug), which matches nothing
        q.setIri("indicator", parts.indicator() != null ? parts.indicator() : uris.base() + "/id/indicator/-none-");
        Set<Resource> eu = new LinkedHashSet<>();
        vocabularies.listObjectsOfProperty(vocabularies.createResource(uris.concept("dataset-kind", parts.kind()).getURI()), DCAT.theme)
                .forEachRemaining(t -> eu.add(t.asResource()));
        view.select(q.asQuery(), rows -> {
            while (rows.hasNext()) {
                Resource ours = rows.next().getResource("theme");
                Resource theme = m.createResource(ours.getURI()).addProperty(RDF.type, SKOS.Concept)
                        .addProperty(SKOS.inScheme, uris.scheme("theme"));
                ontology.find(ours.asNode(), SKOS.prefLabel.asNode(), Node.ANY)
                        .forEachRemaining(t -> theme.addProperty(SKOS.prefLabel, m.asRDFNode(t.getObject())));
                dataset.addProperty(DCAT.theme, theme);
                theme.listProperties(SKOS.prefLabel).toList().stream().map(Statement::getLiteral)
                        .filter(l -> l.getLanguage().equals("en"))
                        .forEach(l -> dataset.addProperty(DCAT.keyword, l.getString().toLowerCase(java.util.Locale.ROOT), "en"));
                vocabularies.listObjectsOfProperty(vocabularies.createResource(ours.getURI()), SKOS.broadMatch).forEachRemaining(e -> {
                    theme.addProperty(SKOS.broadMatch, e);
                    eu.add(e.asResource());
                });
            }
            return null;
        });
        if (eu.isEmpty()) {
            eu.add(SOCI);
        }
        eu.forEach(e -> dataset.addProperty(DCAT.theme, vocabulary(m, e.getURI())));
    }

    private Set<String> areas(StoreView view, DatasetParts parts) {
        ParameterizedSparqlString q = SparqlFile.load(CatalogService.class, "areas.rq", uris);
        q.setIri("graph", parts.graph());
        Set<String> areas = new HashSet<>();
        view.select(q.asQuery(), rows -> {
            rows.forEachRemaining(row -> {
                RDFNode area = row.get("area");
                if (area.isURIResource()) {
                    areas.add(area.asResource().getURI());
                }
            });
            return null;
        });
        return areas;
    }

    private void temporal(StoreView view, Model m, Resource dataset, DatasetParts parts) {
        ParameterizedSparqlString q = SparqlFile.load(CatalogService.class, "temporal.rq", uris);
        q.setIri("graph", parts.graph());
        view.select(q.asQuery(), rows -> {
            QuerySolution row = rows.hasNext() ? rows.next() : null;
            if (row != null && row.contains("from") && row.contains("to")) {
                dataset.addProperty(DCTerms.temporal, m.createResource()
                        .addProperty(RDF.type, DCTerms.PeriodOfTime)
                        .addProperty(DCAT.startDate, row.getLiteral("from"))
                        .addProperty(DCAT.endDate, row.getLiteral("to")));
            }
            return null;
        });
    }

    /** The first page of the REST list that holds a dataset's records, or {@code null} (RDF datasets have none). */
    private static String restList(DatasetParts parts) {
        return switch (parts.kind()) {
            case "areas", "partnerships", "plans", "assets", "indicators" -> "/api/v1/" + parts.kind();
            case "observations" -> parts.indicatorId() == null ? null : "/api/v1/indicators/" + parts.indicatorId() + "/observations";
            default -> null;
        };
    }

    private void dump(Model m, Resource dataset, Dump dump, Resource licence, Literal modified) {
        String url = dump.url(uris);
        Resource d = distribution(m, dataset, dump.datasetId() + "-" + dump.format().suffix().replace('.', '-'), licence, modified)
                .addProperty(DCTerms.title, "Dump, " + dump.format().label(), "en")
                .addProperty(DCTerms.description, "Every triple of the dataset and of its record (DCAT, provenance), "
                        + (dump.format().gzipped() ? "as N-Quads (each in its named graph), gzipped." : "as Turtle (the graphs merged)."), "en")
                .addProperty(DCAT.accessURL, m.createResource(url))
                .addProperty(DCAT.downloadURL, m.createResource(url))
                .addProperty(DCAT.mediaType, mediaType(m, dump.format().mediaType()))
                .addProperty(DCTerms.format, vocabulary(m, EU + "file-type/" + dump.format().euFileType()));
        if (dump.format().gzipped()) {
            d.addProperty(DCAT.compressFormat, mediaType(m, "application/gzip"));
        }
    }

    private void restDistribution(Model m, Resource dataset, DatasetParts parts, String list, boolean csv, Resource licence,
                                  Literal modified, Resource rest) {
        String url = uris.base() + list + (csv ? "?format=csv" : "");
        distribution(m, dataset, parts.id() + (csv ? "-csv" : "-json"), licence, modified)
                .addProperty(DCTerms.title, "REST API list, " + (csv ? "CSV" : "JSON"), "en")
                .addProperty(DCTerms.description, "The REST API's list holding the dataset's records (with those of other "
                        + "datasets of the same kind), paged: follow the next links.", "en")
                .addProperty(DCAT.accessURL, m.createResource(url))
                .addProperty(DCAT.accessService, rest)
                .addProperty(DCAT.mediaType, mediaType(m, csv ? "text/csv" : "application/json"))
                .addProperty(DCTerms.format, vocabulary(m, EU + "file-type/" + (csv ? "CSV" : "JSON")));
    }

    /** The spreadsheet-ready CSV of one indicator (areas by periods, or a row per figure), with its CSVW metadata. */
    private void indicatorDownload(Model m, Resource dataset, String indicatorId, boolean longLayout, Resource licence, Literal modified) {
        String url = uris.base() + "/download/indicator/" + indicatorId + ".csv" + (longLayout ? "?layout=long" : "");
        String metadata = uris.base() + "/download/indicator/" + indicatorId + ".csv-metadata.json" + (longLayout ? "?layout=long" : "");
        distribution(m, dataset, indicatorId + (longLayout ? "-download-long" : "-download-wide"), licence, modified)
                .addProperty(DCTerms.title, longLayout ? "CSV download, one row per figure" : "CSV download, areas by periods", "en")
                .addProperty(DCTerms.description, "The indicator's figures for spreadsheets: area codes and names, suppressed "
                        + "figures empty with their status; described by CSV on the Web metadata.", "en")
                .addProperty(DCAT.accessURL, m.createResource(url))
                .addProperty(DCAT.downloadURL, m.createResource(url))
                .addProperty(DCTerms.conformsTo, m.createResource(metadata).addProperty(RDF.type, DCTerms.Standard))
                .addProperty(DCAT.mediaType, mediaType(m, "text/csv"))
                .addProperty(DCTerms.format, vocabulary(m, EU + "file-type/CSV"));
    }

    private Resource distribution(Model m, Resource dataset, String name, Resource licence, Literal modified) {
        Resource d = m.createResource(iri() + "#" + name)
                .addProperty(RDF.type, DCAT.Distribution)
                .addProperty(DCTerms.license, licence)
                .addProperty(DCTerms.modified, modified)
                .addProperty(DCATAP_AVAILABILITY, vocabulary(m, STABLE.getURI()));
        dataset.addProperty(DCAT.distribution, d);
        return d;
    }

    private Resource service(Model m, String name, String title, String description, String endpoint, String endpointDescription,
                             String standard, Resource publisher, Resource contact, Resource licence) {
        return m.createResource(iri() + "#" + name)
                .addProperty(RDF.type, DCAT.DataService)
                .addProperty(DCTerms.title, title, "en")
                .addProperty(DCTerms.description, description, "en")
                .addProperty(DCAT.endpointURL, m.createResource(uris.base() + endpoint))
                .addProperty(DCAT.endpointDescription, m.createResource(uris.base() + endpointDescription))
                .addProperty(DCTerms.conformsTo, m.createResource(standard).addProperty(RDF.type, DCTerms.Standard))
                .addProperty(DCTerms.publisher, publisher)
                .addProperty(DCAT.contactPoint, contact)
                .addProperty(DCTerms.license, licence)
                .addProperty(DCTerms.accessRights, vocabulary(m, EU + "access-right/PUBLIC"))
                .addProperty(DCAT.theme, vocabulary(m, SOCI.getURI()))
                .addProperty(DCAT.keyword, name.equals("sparql") ? "SPARQL" : "REST", "en");
    }

    private Resource publisher(Model m) {
        String iri = publication.publisherUri() != null ? publication.publisherUri() : iri() + "#publisher";
        return m.createResource(iri)
                .addProperty(RDF.type, FOAF.Agent)
                .addProperty(RDF.type, FOAF.Organization)
                .addProperty(FOAF.name, publication.publisherName(), "en")
                .addProperty(DCTerms.type, vocabulary(m, LOCAL_AUTHORITY.getURI()));
    }

    private Resource contact(Model m) {
        Resource contact = m.createResource(iri() + "#contact")
                .addProperty(RDF.type, VCARD4.Kind)
                .addProperty(RDF.type, VCARD4.Organization)
                .addProperty(VCARD4.fn, publication.publisherName())
                .addProperty(VCARD4.hasURL, m.createResource(uris.base() + "/"));
        if (publication.contactEmail() != null) {
            contact.addProperty(VCARD4.hasEmail, m.createResource("mailto:" + publication.contactEmail()));
        }
        return contact;
    }

    private Resource licence(Model m) {
        Resource licence = m.createResource(publication.licence()).addProperty(RDF.type, DCTerms.LicenseDocument);
        if (publication.licence().equals(Config.Publication.OGL_3)) {
            licence.addProperty(RDFS.label, "Open Government Licence v3.0", "en")
                    .addProperty(DCTerms.type, vocabulary(m, ATTRIBUTION.getURI()));
        }
        return licence;
    }

    private Resource location(Model m, SpatialCoverage.Area area) {
        Resource location = m.createResource(area.ons() != null ? area.ons() : area.iri()).addProperty(RDF.type, DCTerms.Location);
        if (area.name() != null) {
            location.addProperty(RDFS.label, area.name(), "en");
        }
        return location;
    }

    private Resource scheme(Model m, Resource scheme) {
        Resource s = m.createResource(scheme.getURI()).addProperty(RDF.type, SKOS.ConceptScheme);
        vocabularies.listStatements(scheme, DCTerms.title, (RDFNode) null).forEachRemaining(st -> s.addProperty(DCTerms.title, st.getObject()));
        // our schemes are named by skos:prefLabel; DCAT-AP wants a dcterms:title
        ontology.find(scheme.asNode(), SKOS.prefLabel.asNode(), Node.ANY)
                .forEachRemaining(t -> s.addProperty(DCTerms.title, m.asRDFNode(t.getObject())));
        return s;
    }

    private static Resource mediaType(Model m, String type) {
        return m.createResource(IANA + type).addProperty(RDF.type, DCTerms.MediaType);
    }

    private static Resource document(Model m, String url) {
        return m.createResource(url).addProperty(RDF.type, FOAF.Document);
    }

    /** A concept of an EU or ADMS vocabulary, with what {@code eu-vocabularies.ttl} says of it (type, label, scheme). */
    private Resource vocabulary(Model m, String iri) {
        Resource r = m.createResource(iri);
        m.add(vocabularies.listStatements(vocabularies.createResource(iri), null, (RDFNode) null));
        return r;
    }

    private static Model loadVocabularies(Uris uris) {
        Model m = ModelFactory.createDefaultModel();
        try (InputStream in = CatalogService.class.getResourceAsStream("eu-vocabularies.ttl")) {
            if (in == null) {
                throw new IllegalStateException("eu-vocabularies.ttl missing from the build");
            }
            RDFParser.source(in).lang(Lang.TURTLE).base(uris.base() + "/def/").parse(m);
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
        return m;
    }

    private static Resource resource(String iri) {
        return org.apache.jena.rdf.model.ResourceFactory.createResource(iri);
    }

    private static Property property(String iri) {
        return org.apache.jena.rdf.model.ResourceFactory.createProperty(iri);
    }
}
