package org.opencohesion.api.areas;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.opencohesion.api.http.ListQuery;
import org.opencohesion.api.http.Slice;
import org.opencohesion.api.http.SortKey;
import org.opencohesion.api.model.Area;
import org.opencohesion.api.model.AreaCounts;
import org.opencohesion.api.model.AreaDetail;
import org.opencohesion.api.model.AreaLevel;
import org.opencohesion.api.readmodel.ReadModel;
import static org.opencohesion.api.http.Filters.matchesText;

/** Area lists and details over a read model. Knows no HTTP. */
public final class AreaService {
    static final Set<String> SORTS = Set.of("code", "name", "level");
    static final List<SortKey> DEFAULT_SORT = List.of(new SortKey("code", false));
    private static final Map<String, Function<Area, Comparable<?>>> ORDER = Map.of(
            "code", Area::getCode,
            "name", a -> a.getName().toLowerCase(java.util.Locale.ROOT),
            "level", Area::getLevel); // the hierarchy: country, region, local authority, ward...

    public Slice<Area> list(ReadModel model, AreaLevel level, String parent, ListQuery query) {
        return Slice.of(model.areas().values().stream()
                        .filter(a -> level == null || a.getLevel() == level)
                        .filter(a -> parent == null || (a.getParent() != null && parent.equals(a.getParent().getCode())))
                        .filter(a -> matchesText(query.q(), a.getCode(), a.getName(), a.getNameCy())),
                SortKey.comparator(query.sort(), ORDER, Comparator.comparing(Area::getCode)), query);
    }

    public AreaDetail detail(ReadModel model, Area a) {
        String code = a.getCode();
        Set<String> within = model.selfAndDescendants(code);
            AreaCounts counts = new AreaCounts()
                    .childAreas(model.childrenOf(code).size())
                    .descendantAreas(within.size() - 1)
                    .assets((int) model.assets().values().stream().filter(x -> x.getArea() != null && within.contains(x.getArea().getCode())).count())
                    .partnerships((int) model.partnerships().values().stream().filter(x -> x.getArea() != null && within.contains(x.getArea().getCode())).count())
                    .plans((int) model.plans().values().stream().filter(x -> x.getArea() != null && within.contains(x.getArea().getCode())).count());
            return new AreaDetail().id(a.getId()).uri(a.getUri()).code(a.getCode()).name(a.getName()).nameCy(a.getNameCy())
                    .level(a.getLevel()).parent(a.getParent()).sameAs(a.getSameAs())
                    .children(model.childrenOf(code).stream().sorted().map(model::areaRef).toList())
                    .counts(counts);
    }
}
