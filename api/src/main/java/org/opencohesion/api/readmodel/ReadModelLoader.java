package org.opencohesion.api.readmodel;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.opencohesion.api.model.Action;
import org.opencohesion.api.model.Area;
import org.opencohesion.api.model.AreaLevel;
import org.opencohesion.api.model.Asset;
import org.opencohesion.api.model.AssetType;
import org.opencohesion.api.model.Dataset;
import org.opencohesion.api.model.DatasetKind;
import org.opencohesion.api.model.DatasetSource;
import org.opencohesion.api.model.DateRange;
import org.opencohesion.api.model.Horizon;
import org.opencohesion.api.model.Indicator;
import org.opencohesion.api.model.Location;
import org.opencohesion.api.model.Measure;
import org.opencohesion.api.model.OrganisationRef;
import org.opencohesion.api.model.Outcome;
import org.opencohesion.api.model.Partnership;
import org.opencohesion.api.model.Plan;
import org.opencohesion.api.model.PlanDetail;
import org.opencohesion.api.model.Priority;
import org.opencohesion.api.model.Provenance;
import org.opencohesion.api.model.Ref;
import org.opencohesion.api.model.Theme;
import org.opencohesion.rdf.SparqlFile;
import org.opencohesion.rdf.Uris;
import org.opencohesion.rdf.store.StoreView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds a {@link ReadModel} from the store with the queries beside this class. */
final class ReadModelLoader {
    private static final Logger LOG = LoggerFactory.getLogger(ReadModelLoader.class);
    private final Uris uris;

    ReadModelLoader(Uris uris) {
        this.uris = uris;
    }

    ReadModel load(StoreView view, long generation) {
        long started = System.nanoTime();
        Map<String, String> orgNames = new HashMap<>();
        each(view, "organisations.rq", r -> orgNames.putIfAbsent(r.uri("org"), r.text("name")));

        Map<String, Area> areas = areas(view);
        Map<String, List<String>> children = new HashMap<>();
        areas.values().forEach(a -> {
            if (a.getParent() != null) {
                children.computeIfAbsent(a.getParent().getCode(), k -> new ArrayList<>()).add(a.getCode());
            }
        });
        ReadModel partial = new ReadModel(generation, areas, children, Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of());
        Map<String, Partnership> partnerships = partnerships(view, partial, orgNames);
        Map<String, Indicator> indicators = indicators(view);
        Map<String, Ref> partnershipRefs = new HashMap<>();
        partnerships.values().forEach(p -> partnershipRefs.put(p.getUri().toString(), new Ref().id(p.getId()).name(p.getName()).uri(p.getUri())));
        Map<String, PlanDetail> planDetails = plans(view, partial, partnershipRefs, indicators, orgNames);
        Map<String, Plan> plans = new LinkedHashMap<>();
        planDetails.forEach((id, d) -> plans.put(id, summary(d)));
        Map<String, Asset> assets = assets(view, partial, partnershipRefs, orgNames);
        Map<String, Dataset> datasets = datasets(view);
        LOG.info("read model at generation {}: {} areas, {} partnerships, {} plans, {} assets, {} indicators, {} datasets in {} ms",
                generation, areas.size(), partnerships.size(), plans.size(), assets.size(), indicators.size(), datasets.size(),
                (System.nanoTime() - started) / 1_000_000);
        return new ReadModel(generation, areas, children, partnerships, planDetails, plans, assets, indicators, datasets);
    }

    private Map<String, Area> areas(StoreView view) {
        Map<String, Area> areas = new TreeMap<>();
        Map<String, String> codeByUri = new HashMap<>();
        Map<String, String> parentUri = new HashMap<>();
        each(view, "areas.rq", r -> {
            String code = r.text("code");
            Area a = areas.get(code);
            if (a == null) {
                AreaLevel level = enumValue(AreaLevel::fromValue, r.lastSegment("level"), "area level");
                if (level == null) {
                    return;
                }
                a = new Area().id(code).code(code).uri(r.uriValue("area")).level(level);
                areas.put(code, a);
                codeByUri.put(r.uri("area"), code);
            }
            if (a.getName() == null && r.text("name") != null) {
                a.setName(r.text("name"));
            }
            if (a.getNameCy() == null) {
                a.setNameCy(r.text("nameCy"));
            }
            if (a.getSameAs() == null) {
                a.setSameAs(r.uriValue("sameAs"));
            }
            parentUri.putIfAbsent(code, r.uri("parent"));
        });
        areas.values().forEach(a -> {
            if (a.getName() == null) {
                a.setName(a.getCode());
            }
        });
        parentUri.forEach((code, parent) -> {
            String parentCode = parent == null ? null : codeByUri.get(parent);
            if (parentCode != null) {
                areas.get(code).parent(ReadModel.refOf(areas.get(parentCode)));
            }
        });
        return areas;
    }

    private Map<String, Partnership> partnerships(StoreView view, ReadModel areas, Map<String, String> orgNames) {
        Map<String, Partnership> out = new TreeMap<>();
        Map<String, String> idByUri = new HashMap<>();
        each(view, "partnerships.rq", r -> {
            String id = r.text("id");
            if (out.containsKey(id)) {
                return;
            }
            idByUri.put(r.uri("partnership"), id);
            out.put(id, new Partnership().id(id).uri(r.uriValue("partnership")).name(r.text("name"))
                    .area(areas.areaRef(areaCode(r.uri("area"))))
                    .lead(organisation(r.uri("lead"), orgNames))
                    .members(new ArrayList<>())
                    .website(r.uriValue("website"))
                    .established(r.date("established")));
        });
        each(view, "partnership-members.rq", r -> {
            Partnership p = lookup(out, idByUri.get(r.uri("partnership")));
            if (p != null) {
                p.addMembersItem(organisation(r.uri("member"), orgNames));
            }
        });
        out.values().forEach(p -> p.getMembers().sort(Comparator.comparing(OrganisationRef::getName)));
        return out;
    }

    private Map<String, Indicator> indicators(StoreView view) {
        Map<String, Indicator> out = new TreeMap<>();
        each(view, "indicators.rq", r -> {
            String id = r.text("id");
            Measure measure = enumValue(Measure::fromValue, r.lastSegment("measure"), "measure");
            if (out.containsKey(id) || measure == null) {
                return;
            }
            out.put(id, new Indicator().id(id).uri(r.uriValue("indicator")).label(r.text("label"))
                    .description(r.text("description")).measure(measure).unit(r.text("unit"))
                    .theme(enumValue(Theme::fromValue, r.lastSegment("theme"), "theme"))
                    .source(r.uriValue("source"))
                    .disclosureThreshold(r.integer("threshold")).rounding(r.integer("rounding")));
        });
        return out;
    }

    private Map<String, PlanDetail> plans(StoreView view, ReadModel areas, Map<String, Ref> partnershipRefs,
                                          Map<String, Indicator> indicators, Map<String, String> orgNames) {
        Map<String, PlanDetail> out = new TreeMap<>();
        Map<String, PlanDetail> byUri = new HashMap<>();
        each(view, "plans.rq", r -> {
            String id = r.text("id");
            if (out.containsKey(id)) {
                return;
            }
            PlanDetail plan = new PlanDetail().id(id).uri(r.uriValue("plan")).title(r.text("title"))
                    .partnership(lookup(partnershipRefs, r.uri("partnership")))
                    .area(areas.areaRef(areaCode(r.uri("area"))))
                    .published(r.date("issued"))
                    .source(r.uriValue("source"))
                    .themes(new ArrayList<>())
                    .priorities(new ArrayList<>());
            if (r.date("start") != null || r.date("end") != null) {
                plan.period(new DateRange().start(r.date("start")).end(r.date("end")));
            }
            out.put(id, plan);
            byUri.put(r.uri("plan"), plan);
        });
        each(view, "plan-themes.rq", r -> {
            PlanDetail plan = byUri.get(r.uri("plan"));
            Theme theme = enumValue(Theme::fromValue, r.lastSegment("theme"), "theme");
            if (plan != null && theme != null && !plan.getThemes().contains(theme)) {
                plan.addThemesItem(theme);
            }
        });
        out.values().forEach(p -> p.getThemes().sort(Comparator.comparing(Theme::getValue)));

        Map<String, Priority> priorities = new HashMap<>();
        each(view, "priorities.rq", r -> {
            PlanDetail plan = byUri.get(r.uri("plan"));
            if (plan != null && !priorities.containsKey(r.uri("priority"))) {
                Priority p = new Priority().id(r.text("id")).uri(r.uriValue("priority")).number(r.integer("number"))
                        .title(r.text("title")).ambition(r.text("ambition"))
                        .actions(new ArrayList<>()).outcomes(new ArrayList<>());
                priorities.put(r.uri("priority"), p);
                plan.addPrioritiesItem(p);
            }
        });
        Map<String, Action> actions = new HashMap<>();
        each(view, "actions.rq", r -> {
            Priority p = priorities.get(r.uri("priority"));
            if (p != null && !actions.containsKey(r.uri("action"))) {
                Action a = new Action().id(r.text("id")).uri(r.uriValue("action")).text(r.text("text"))
                        .lead(organisation(r.uri("lead"), orgNames)).partners(new ArrayList<>());
                actions.put(r.uri("action"), a);
                p.addActionsItem(a);
            }
        });
        each(view, "action-partners.rq", r -> {
            Action a = actions.get(r.uri("action"));
            if (a != null) {
                a.addPartnersItem(organisation(r.uri("partner"), orgNames));
            }
        });
        actions.values().forEach(a -> a.getPartners().sort(Comparator.comparing(OrganisationRef::getName)));
        Map<String, Outcome> outcomes = new HashMap<>();
        each(view, "outcomes.rq", r -> {
            Priority p = priorities.get(r.uri("priority"));
            if (p != null && !outcomes.containsKey(r.uri("outcome"))) {
                Outcome o = new Outcome().id(r.text("id")).uri(r.uriValue("outcome")).text(r.text("text"))
                        .horizon(enumValue(Horizon::fromValue, r.lastSegment("horizon"), "horizon"))
                        .indicators(new ArrayList<>());
                outcomes.put(r.uri("outcome"), o);
                p.addOutcomesItem(o);
            }
        });
        each(view, "outcome-indicators.rq", r -> {
            Outcome o = outcomes.get(r.uri("outcome"));
            String id = r.lastSegment("indicator");
            Indicator i = lookup(indicators, id);
            if (o != null) {
                o.addIndicatorsItem(new Ref().id(id).name(i == null ? id : i.getLabel()).uri(r.uriValue("indicator")));
            }
        });
        outcomes.values().forEach(o -> o.getIndicators().sort(Comparator.comparing(Ref::getId)));
        return out;
    }

    private static Plan summary(PlanDetail d) {
        return new Plan().id(d.getId()).uri(d.getUri()).title(d.getTitle()).partnership(d.getPartnership())
                .area(d.getArea()).published(d.getPublished()).period(d.getPeriod()).source(d.getSource())
                .themes(d.getThemes());
    }

    private Map<String, Asset> assets(StoreView view, ReadModel areas, Map<String, Ref> partnershipRefs,
                                      Map<String, String> orgNames) {
        Map<String, Asset> out = new TreeMap<>();
        each(view, "assets.rq", r -> {
            String id = r.text("id");
            AssetType type = enumValue(AssetType::fromValue, r.lastSegment("type"), "asset type");
            if (out.containsKey(id) || type == null) {
                return;
            }
            Asset a = new Asset().id(id).uri(r.uriValue("asset")).name(r.text("name")).type(type)
                    .description(r.text("description"))
                    .area(areas.areaRef(areaCode(r.uri("area"))))
                    .website(r.uriValue("website"))
                    .provider(organisation(r.uri("provider"), orgNames))
                    .partnership(lookup(partnershipRefs, r.uri("partnership")))
                    .added(r.date("added"));
            if (r.decimal("lat") != null && r.decimal("long") != null) {
                a.location(new Location().latitude(r.decimal("lat").doubleValue()).longitude(r.decimal("long").doubleValue()));
            }
            out.put(id, a);
        });
        return out;
    }

    private Map<String, Dataset> datasets(StoreView view) {
        Map<String, Dataset> out = new TreeMap<>();
        each(view, "datasets.rq", r -> {
            String id = r.text("id");
            DatasetKind kind = enumValue(DatasetKind::fromValue, r.lastSegment("kind"), "dataset kind");
            if (out.containsKey(id) || kind == null) {
                return;
            }
            out.put(id, new Dataset().id(id).uri(URI.create(uris.dataset(id).getURI())).title(r.text("title")).kind(kind)
                    .issued(OffsetDateTime.parse(r.text("issued"))).modified(OffsetDateTime.parse(r.text("modified")))
                    .rows(Long.parseLong(r.text("rows"))).triples(Long.parseLong(r.text("triples")))
                    .source(new DatasetSource()._file(r.text("file")).sha256(r.text("sha256")))
                    .provenance(new Provenance().activity(r.uriValue("activity"))
                            .started(OffsetDateTime.parse(r.text("started"))).ended(OffsetDateTime.parse(r.text("ended")))));
        });
        return out;
    }

    private String areaCode(String areaUri) {
        String prefix = uris.area("").getURI();
        return areaUri != null && areaUri.startsWith(prefix) ? areaUri.substring(prefix.length()) : null;
    }

    private static <V> V lookup(Map<String, V> map, String key) {
        return key == null ? null : map.get(key);
    }

    private static OrganisationRef organisation(String uri, Map<String, String> names) {
        if (uri == null) {
            return null;
        }
        String slug = Row.lastSegmentOf(uri);
        return new OrganisationRef().id(slug).name(names.getOrDefault(uri, slug)).uri(URI.create(uri));
    }

    private static <E> E enumValue(java.util.function.Function<String, E> parse, String value, String what) {
        if (value == null) {
            return null;
        }
        try {
            return parse.apply(value);
        } catch (IllegalArgumentException e) {
            LOG.warn("skipping a {} the API does not know: {}", what, value);
            return null;
        }
    }

    private void each(StoreView view, String query, Consumer<Row> action) {
        view.select(SparqlFile.query(ReadModelLoader.class, query, uris), rows -> {
            rows.forEachRemaining(s -> action.accept(new Row(s)));
            return null;
        });
    }
}
