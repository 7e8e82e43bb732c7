package org.opencohesion.ingest.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.opencohesion.ingest.ErrorCode;
import org.opencohesion.ingest.IngestContext;
import org.opencohesion.ingest.InputErrors;
import org.opencohesion.ingest.InputFile;
import org.opencohesion.ingest.ParsedDataset;
import org.opencohesion.ingest.SourceText;
import org.opencohesion.ingest.json.JsonObjectReader;
import org.opencohesion.ingest.json.LocatedJson;
import org.opencohesion.rdf.Uris;
import org.opencohesion.rdf.vocab.Coh;

/** {@code plans/*.json}: one partnership plan, its priorities, their actions and outcomes. */
public final class PlanReader implements DatasetReader {
    private static final Set<String> PLAN = Set.of("id", "title", "partnership", "area", "published", "period",
            "source", "themes", "priorities");
    private static final Set<String> PERIOD = Set.of("start", "end");
    private static final Set<String> PRIORITY = Set.of("id", "number", "title", "ambition", "actions", "outcomes");
    private static final Set<String> ACTION = Set.of("id", "text", "lead", "partners");
    private static final Set<String> OUTCOME = Set.of("id", "text", "horizon", "indicators");

    private final Uris uris;

    public PlanReader(Uris uris) {
        this.uris = uris;
    }

    @Override
    public ParsedDataset read(InputFile file, IngestContext context, InputErrors errors) {
        String text = SourceText.decode(file, errors);
        if (text == null) {
            return null;
        }
        LocatedJson doc;
        try {
            doc = LocatedJson.parse(text);
        } catch (LocatedJson.SyntaxError e) {
            var at = e.location();
            errors.add(ErrorCode.JSON_SYNTAX, file.name(), at == null ? null : at.line(), at == null ? null : at.column(), null,
                    "malformed JSON: " + e.getMessage());
            return null;
        }
        JsonObjectReader plan = JsonObjectReader.of(doc, file.name(), "", doc.root(), PLAN, errors);
        if (plan == null) {
            return null;
        }
        return new Mapping(file, doc, context, errors).plan(plan);
    }

    /** The state of reading one plan file. */
    private final class Mapping {
        final InputFile file;
        final LocatedJson doc;
        final IngestContext context;
        final InputErrors errors;
        final Coh coh = uris.coh();
        final Model model = ModelFactory.createDefaultModel();
        final Map<Node, Integer> lines = new HashMap<>();

        Mapping(InputFile file, LocatedJson doc, IngestContext context, InputErrors errors) {
            this.file = file;
            this.doc = doc;
            this.context = context;
            this.errors = errors;
        }

        ParsedDataset plan(JsonObjectReader json) {
            String id = json.slug("id", true);
            String title = json.text("title", true);
            String partnership = json.slug("partnership", true);
            String area = json.gss("area", true);
            LocalDate published = json.date("published");
            String source = json.url("source");
            List<String> themes = json.strings("themes", Concepts.THEMES);
            List<JsonNode> priorities = json.array("priorities", true);
            if (partnership != null && !context.hasPartnership(partnership)) {
                json.errorAt(ErrorCode.UNKNOWN_REFERENCE, json.pointer("partnership"),
                        "partnership " + partnership + " is not published; add it to partnerships.csv");
            }
            if (area != null && !context.hasArea(area)) {
                json.errorAt(ErrorCode.UNKNOWN_REFERENCE, json.pointer("area"), "area " + area + " is not published; add it to areas.csv");
            }
            String planId = id != null ? id : "plan";
            Resource plan = model.createResource(uris.plan(planId).getURI())
                    .addProperty(RDF.type, coh.Plan)
                    .addProperty(DCTerms.identifier, planId);
            locate(plan, "");
            if (title != null) {
                plan.addProperty(DCTerms.title, title).addProperty(RDFS.label, title);
            }
            if (partnership != null) {
                plan.addProperty(coh.partnership, uris.partnership(partnership));
            }
            if (area != null) {
                plan.addProperty(coh.area, uris.area(area));
            }
            if (published != null) {
                plan.addProperty(DCTerms.issued, published.toString(), XSDDatatype.XSDdate);
            }
            period(json, plan);
            if (source != null) {
                plan.addProperty(DCTerms.source, model.createResource(source));
            }
            themes.forEach(t -> plan.addProperty(DCAT.theme, uris.concept("theme", t)));
            Set<String> priorityIds = new HashSet<>();
            for (int i = 0; i < priorities.size(); i++) {
                JsonObjectReader p = JsonObjectReader.of(doc, file.name(), "/priorities/" + i, priorities.get(i), PRIORITY, errors);
                if (p != null) {
                    priority(p, planId, plan, i, priorityIds);
                }
            }
            return new ParsedDataset(file, model, 1, lines, title != null ? title : planId);
        }

        private void period(JsonObjectReader json, Resource plan) {
            JsonNode node = json.get("period");
            if (node == null) {
                return;
            }
            JsonObjectReader period = JsonObjectReader.of(doc, file.name(), "/period", node, PERIOD, errors);
            if (period == null) {
                return;
            }
            LocalDate start = period.date("start");
            LocalDate end = period.date("end");
            if (start != null && end != null && end.isBefore(start)) {
                period.errorAt(ErrorCode.INVALID_DATE, "/period/end", "the period ends before it starts");
                return;
            }
            if (start != null) {
                plan.addProperty(coh.startDate, start.toString(), XSDDatatype.XSDdate);
            }
            if (end != null) {
                plan.addProperty(coh.endDate, end.toString(), XSDDatatype.XSDdate);
            }
        }

        private void priority(JsonObjectReader json, String planId, Resource plan, int order, Set<String> ids) {
            String id = json.slug("id", true);
            String title = json.text("title", true);
            Long number = json.integer("number");
            String ambition = json.text("ambition", false);
            List<JsonNode> actions = json.array("actions", false);
            List<JsonNode> outcomes = json.array("outcomes", false);
            if (id == null) {
                return;
            }
            if (!ids.add(id)) {
                json.errorAt(ErrorCode.DUPLICATE_ID, json.pointer("id"), "priority " + id + " appears twice in this plan");
                return;
            }
            Resource priority = model.createResource(uris.priority(planId, id).getURI())
                    .addProperty(RDF.type, coh.Priority)
                    .addProperty(DCTerms.identifier, id)
                    .addProperty(DCTerms.isPartOf, plan)
                    .addLiteral(coh.order, model.createTypedLiteral(BigInteger.valueOf(order)));
            plan.addProperty(coh.priority, priority);
            locate(priority, json.pointer());
            if (title != null) {
                priority.addProperty(DCTerms.title, title).addProperty(RDFS.label, title);
            }
            if (number != null) {
                priority.addLiteral(coh.number, model.createTypedLiteral(BigInteger.valueOf(number)));
            }
            if (ambition != null) {
                priority.addProperty(coh.ambition, ambition);
            }
            Set<String> actionIds = new HashSet<>();
            for (int i = 0; i < actions.size(); i++) {
                JsonObjectReader a = JsonObjectReader.of(doc, file.name(), json.pointer("actions") + "/" + i, actions.get(i), ACTION, errors);
                if (a != null) {
                    action(a, planId, id, priority, i, actionIds);
                }
            }
            Set<String> outcomeIds = new HashSet<>();
            for (int i = 0; i < outcomes.size(); i++) {
                JsonObjectReader o = JsonObjectReader.of(doc, file.name(), json.pointer("outcomes") + "/" + i, outcomes.get(i), OUTCOME, errors);
                if (o != null) {
                    outcome(o, planId, id, priority, i, outcomeIds);
                }
            }
        }

        private void action(JsonObjectReader json, String planId, String priorityId, Resource priority, int order, Set<String> ids) {
            String id = json.slug("id", true);
            String text = json.text("text", true);
            String lead = json.text("lead", false);
            List<String> partners = json.strings("partners", null);
            if (id == null) {
                return;
            }
            if (!ids.add(id)) {
                json.errorAt(ErrorCode.DUPLICATE_ID, json.pointer("id"), "action " + id + " appears twice in this priority");
                return;
            }
            Resource action = model.createResource(uris.action(planId, priorityId, id).getURI())
                    .addProperty(RDF.type, coh.Action)
                    .addProperty(DCTerms.identifier, id)
                    .addProperty(DCTerms.isPartOf, priority)
                    .addLiteral(coh.order, model.createTypedLiteral(BigInteger.valueOf(order)));
            priority.addProperty(coh.action, action);
            locate(action, json.pointer());
            if (text != null) {
                action.addProperty(DCTerms.description, text).addProperty(RDFS.label, text);
            }
            if (lead != null) {
                action.addProperty(coh.leadOrganisation, OrganisationNames.organisation(model, uris, lead));
            }
            partners.forEach(p -> action.addProperty(coh.partnerOrganisation, OrganisationNames.organisation(model, uris, p)));
        }

        private void outcome(JsonObjectReader json, String planId, String priorityId, Resource priority, int order, Set<String> ids) {
            String id = json.slug("id", true);
            String text = json.text("text", true);
            String horizon = json.concept("horizon", true, Concepts.HORIZONS);
            List<String> indicators = json.strings("indicators", null);
            for (int i = 0; i < indicators.size(); i++) {
                String indicator = indicators.get(i);
                if (context.indicator(indicator).isEmpty()) {
                    json.errorAt(ErrorCode.UNKNOWN_REFERENCE, json.pointer("indicators") + "/" + i,
                            "indicator " + indicator + " is not defined; add it to indicators.csv");
                }
            }
            if (id == null) {
                return;
            }
            if (!ids.add(id)) {
                json.errorAt(ErrorCode.DUPLICATE_ID, json.pointer("id"), "outcome " + id + " appears twice in this priority");
                return;
            }
            Resource outcome = model.createResource(uris.outcome(planId, priorityId, id).getURI())
                    .addProperty(RDF.type, coh.Outcome)
                    .addProperty(DCTerms.identifier, id)
                    .addProperty(DCTerms.isPartOf, priority)
                    .addLiteral(coh.order, model.createTypedLiteral(BigInteger.valueOf(order)));
            priority.addProperty(coh.outcome, outcome);
            locate(outcome, json.pointer());
            if (text != null) {
                outcome.addProperty(DCTerms.description, text).addProperty(RDFS.label, text);
            }
            if (horizon != null) {
                outcome.addProperty(coh.horizon, uris.concept("horizon", horizon));
            }
            indicators.forEach(i -> outcome.addProperty(coh.measuredBy, uris.indicator(i)));
        }

        private void locate(Resource subject, String pointer) {
            LocatedJson.Location l = doc.locate(pointer);
            if (l != null) {
                lines.put(subject.asNode(), l.line());
            }
        }
    }
}
