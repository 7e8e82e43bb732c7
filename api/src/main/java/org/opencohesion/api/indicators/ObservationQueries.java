package org.opencohesion.api.indicators;

import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.TriplePath;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.expr.E_Bound;
import org.apache.jena.sparql.expr.E_Equals;
import org.apache.jena.sparql.expr.E_GreaterThanOrEqual;
import org.apache.jena.sparql.expr.E_LessThanOrEqual;
import org.apache.jena.sparql.expr.E_LogicalNot;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprVar;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.aggregate.AggregatorFactory;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.sparql.path.P_ZeroOrMore1;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.opencohesion.api.http.Slice;
import org.opencohesion.api.http.SortKey;
import org.opencohesion.api.model.Observation;
import org.opencohesion.api.model.ObservationStatus;
import org.opencohesion.api.readmodel.ReadModel;
import org.opencohesion.api.readmodel.Row;
import org.opencohesion.rdf.SparqlFile;
import org.opencohesion.rdf.Uris;
import org.opencohesion.rdf.store.Store;

/**
 * Reads an indicator's observations from the store: there can be millions, so filtering, order
 * and paging happen in SPARQL. The query is the pattern in {@code observations.rq} with the
 * request's filters added as syntax elements holding RDF terms, never as text, so no user input
 * is ever parsed as SPARQL. Knows no HTTP.
 */
final class ObservationQueries {
    private static final Var AREA = Var.alloc("area");

    private final Store store;
    private final Uris uris;

    ObservationQueries(Store store) {
        this.store = store;
        this.uris = store.uris();
    }

    Slice<Observation> page(ReadModel model, String indicatorId, ObservationFilter filter, List<SortKey> sort, int limit, int offset) {
        Query select = pattern(indicatorId, filter);
        Query count = countOf(select);
        for (SortKey k : sort) {
            int dir = k.descending() ? Query.ORDER_DESCENDING : Query.ORDER_ASCENDING;
            switch (k.field()) {
                case "area" -> select.addOrderBy(new ExprVar(AREA), dir);
                case "period" -> {
                    select.addOrderBy(new ExprVar("start"), dir);
                    select.addOrderBy(new ExprVar("end"), dir);
                }
                case "value" -> {
                    // cells without a value last in either direction
                    select.addOrderBy(new E_LogicalNot(new E_Bound(new ExprVar("value"))), Query.ORDER_ASCENDING);
                    select.addOrderBy(new ExprVar("value"), dir);
                }
                default -> throw new IllegalArgumentException("no order for " + k.field());
            }
        }
        // a total order, so that paging visits every cell exactly once
        select.addOrderBy(new ExprVar(AREA), Query.ORDER_ASCENDING);
        select.addOrderBy(new ExprVar("start"), Query.ORDER_ASCENDING);
        select.addOrderBy(new ExprVar("end"), Query.ORDER_ASCENDING);
        select.setLimit(limit);
        select.setOffset(offset);
        return store.read(view -> {
            long total = view.select(count, rows -> rows.hasNext() ? rows.next().getLiteral("n").getLong() : 0L);
            List<Observation> items = view.select(select, rows -> {
                List<Observation> out = new ArrayList<>();
                rows.forEachRemaining(s -> out.add(observation(model, indicatorId, new Row(s))));
                return out;
            });
            return new Slice<>(items, total);
        });
    }

    private Query pattern(String indicatorId, ObservationFilter filter) {
        ParameterizedSparqlString pss = SparqlFile.load(ObservationQueries.class, "observations.rq", uris);
        pss.setIri("indicator", uris.indicator(indicatorId).getURI());
        Query q = pss.asQuery();
        ElementGroup group = (ElementGroup) q.getQueryPattern();
        if (filter.area() != null) {
            ElementPathBlock within = new ElementPathBlock();
            within.addTriplePath(new TriplePath(AREA, new P_ZeroOrMore1(new P_Link(uris.coh().parentArea.asNode())),
                    uris.area(filter.area()).asNode()));
            group.addElement(within);
        }
        if (filter.level() != null) {
            ElementPathBlock atLevel = new ElementPathBlock();
            atLevel.addTriple(org.apache.jena.graph.Triple.create(AREA, uris.coh().level.asNode(),
                    uris.concept("area-level", filter.level().getValue()).asNode()));
            group.addElement(atLevel);
        }
        if (filter.periodUri() != null) {
            group.addElementFilter(new ElementFilter(new E_Equals(new ExprVar("period"), NodeValue.makeNode(NodeFactory.createURI(filter.periodUri())))));
        }
        if (filter.from() != null) {
            group.addElementFilter(new ElementFilter(new E_GreaterThanOrEqual(new ExprVar("start"), date(filter.from()))));
        }
        if (filter.to() != null) {
            group.addElementFilter(new ElementFilter(new E_LessThanOrEqual(new ExprVar("end"), date(filter.to()))));
        }
        return q;
    }

    private static Query countOf(Query select) {
        Query count = new Query();
        count.setQuerySelectType();
        count.setPrefixMapping(select.getPrefixMapping());
        count.setQueryPattern(select.getQueryPattern());
        Expr n = count.allocAggregate(AggregatorFactory.createCount(false));
        count.addResultVar(Var.alloc("n"), n);
        return count;
    }

    private static NodeValue date(java.time.LocalDate d) {
        Node node = NodeFactory.createLiteralDT(d.toString(), XSDDatatype.XSDdate);
        return NodeValue.makeNode(node);
    }

    private Observation observation(ReadModel model, String indicatorId, Row r) {
        String cell = r.uri("cell");
        String areaUri = r.uri("area");
        String code = r.lastSegment("area");
        BigDecimal value = r.decimal("value");
        String status = r.lastSegment("status");
        ObservationStatus s = status == null
                ? (value == null ? ObservationStatus.NOT_AVAILABLE : ObservationStatus.NORMAL)
                : ObservationStatus.fromValue(status);
        var area = model.areaRef(code);
        return new Observation()
                .id(cell.substring(cell.indexOf("/observation/") + "/observation/".length()))
                .uri(URI.create(cell))
                .indicator(indicatorId)
                .area(area != null ? area : new org.opencohesion.api.model.AreaRef().code(code).name(code).uri(URI.create(areaUri)))
                .period(r.text("label"))
                .periodStart(r.date("start"))
                .periodEnd(r.date("end"))
                .value(s == ObservationStatus.SUPPRESSED ? null : value)
                .status(s);
    }
}
