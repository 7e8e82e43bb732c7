package org.opencohesion.api.readmodel;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.opencohesion.api.model.Area;
import org.opencohesion.api.model.AreaRef;
import org.opencohesion.api.model.Asset;
import org.opencohesion.api.model.Dataset;
import org.opencohesion.api.model.Indicator;
import org.opencohesion.api.model.Partnership;
import org.opencohesion.api.model.Plan;
import org.opencohesion.api.model.PlanDetail;

/**
 * Everything but observations, as the REST API shows it, read from the store at one generation.
 * Immutable once built (the model objects are never changed after loading), so any number of
 * requests share it. Observations stay in the store: there can be millions.
 *
 * <p>Keeping these small resources in memory makes filters, text search, distance search and any
 * sort order plain Java over a consistent snapshot, and keeps user input out of SPARQL entirely.
 */
public record ReadModel(long generation,
                        Map<String, Area> areas,
                        Map<String, List<String>> children,
                        Map<String, Partnership> partnerships,
                        Map<String, PlanDetail> planDetails,
                        Map<String, Plan> plans,
                        Map<String, Asset> assets,
                        Map<String, Indicator> indicators,
                        Map<String, Dataset> datasets) {

    public Optional<Area> area(String code) {
        return Optional.ofNullable(code == null ? null : areas.get(code));
    }

    public AreaRef areaRef(String code) {
        Area a = code == null ? null : areas.get(code);
        return a == null ? null : refOf(a);
    }

    static AreaRef refOf(Area a) {
        return new AreaRef().code(a.getCode()).name(a.getName()).uri(a.getUri());
    }

    /** The area and every area inside it, at any depth. */
    public Set<String> selfAndDescendants(String code) {
        Set<String> out = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(code));
        while (!todo.isEmpty()) {
            String next = todo.pop();
            if (out.add(next)) {
                todo.addAll(children.getOrDefault(next, List.of()));
            }
        }
        return out;
    }

    public List<String> childrenOf(String code) {
        return children.getOrDefault(code, List.of());
    }
}
