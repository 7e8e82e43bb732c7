package org.opencohesion.api.indicators;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.jena.query.ParameterizedSparqlString;
import org.opencohesion.api.model.Area;
import org.opencohesion.api.model.AreaLevel;
import org.opencohesion.api.model.Coverage;
import org.opencohesion.api.model.Period;
import org.opencohesion.api.readmodel.ReadModel;
import org.opencohesion.api.readmodel.Row;
import org.opencohesion.rdf.SparqlFile;
import org.opencohesion.rdf.Uris;
import org.opencohesion.rdf.store.Store;

/** What an indicator's observations cover: periods, areas and their levels, counts. Knows no HTTP. */
final class CoverageQueries {
    private final Store store;
    private final Uris uris;

    CoverageQueries(Store store) {
        this.store = store;
        this.uris = store.uris();
    }

    Coverage of(ReadModel model, String indicatorId) {
        ParameterizedSparqlString periods = SparqlFile.load(CoverageQueries.class, "coverage-periods.rq", uris);
        periods.setIri("indicator", uris.indicator(indicatorId).getURI());
        ParameterizedSparqlString areas = SparqlFile.load(CoverageQueries.class, "coverage-areas.rq", uris);
        areas.setIri("indicator", uris.indicator(indicatorId).getURI());
        return store.read(view -> {
            Coverage c = new Coverage().observations(0).withValue(0).periods(new ArrayList<>());
            view.select(periods.asQuery(), rows -> {
                rows.forEachRemaining(s -> {
                    Row r = new Row(s);
                    c.addPeriodsItem(new Period().period(r.text("label")).start(r.date("start")).end(r.date("end")));
                    c.observations(c.getObservations() + r.integer("cells"));
                    c.withValue(c.getWithValue() + r.integer("values"));
                });
                return null;
            });
            TreeSet<AreaLevel> levels = new TreeSet<>();
            int[] count = {0};
            view.select(areas.asQuery(), rows -> {
                rows.forEachRemaining(s -> {
                    count[0]++;
                    model.area(new Row(s).lastSegment("area")).map(Area::getLevel).ifPresent(levels::add);
                });
                return null;
            });
            return c.areas(count[0]).levels(List.copyOf(levels));
        });
    }
}
