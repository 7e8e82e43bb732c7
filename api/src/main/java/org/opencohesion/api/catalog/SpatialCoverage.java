package org.opencohesion.api.catalog;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.query.QuerySolution;
import org.opencohesion.rdf.SparqlFile;
import org.opencohesion.rdf.Uris;
import org.opencohesion.rdf.store.StoreView;

/**
 * Rolls the areas a dataset is about up into a short spatial coverage: an area whose ancestor is
 * also covered adds nothing, and while more than {@link #MAX_AREAS} remain they are replaced by
 * their parents (a thousand wards become the few local authorities they are in).
 */
final class SpatialCoverage {
    static final int MAX_AREAS = 12;

    /** One area: its parent (or {@code null}), English name and ONS URI (either may be {@code null}). */
    record Area(String iri, String parent, String name, String ons) {}

    private final Map<String, Area> areas;

    private SpatialCoverage(Map<String, Area> areas) {
        this.areas = areas;
    }

    static SpatialCoverage load(StoreView view, Uris uris) {
        Map<String, Area> areas = new HashMap<>();
        view.select(SparqlFile.query(SpatialCoverage.class, "area-tree.rq", uris), rows -> {
            while (rows.hasNext()) {
                QuerySolution row = rows.next();
                String iri = row.getResource("area").getURI();
                areas.merge(iri, new Area(iri, uri(row, "parent"), row.contains("name") ? row.getLiteral("name").getString() : null,
                        uri(row, "ons")), (a, b) -> a);
            }
            return null;
        });
        return new SpatialCoverage(areas);
    }

    /** The areas, known to the store, that cover {@code referenced}, at most {@link #MAX_AREAS} unless the roots are more. */
    List<Area> cover(Set<String> referenced) {
        Set<String> cover = new TreeSet<>();
        referenced.stream().filter(areas::containsKey).forEach(cover::add);
        dropCoveredByAncestors(cover);
        while (cover.size() > MAX_AREAS) {
            Set<String> parents = new TreeSet<>();
            for (String a : cover) {
                String parent = areas.get(a).parent();
                parents.add(parent != null && areas.containsKey(parent) ? parent : a);
            }
            if (parents.equals(cover)) {
                break;
            }
            cover = parents;
            dropCoveredByAncestors(cover);
        }
        return cover.stream().map(areas::get).toList();
    }

    private void dropCoveredByAncestors(Set<String> cover) {
        cover.removeIf(a -> {
            Set<String> seen = new TreeSet<>();
            for (String p = areas.get(a).parent(); p != null && areas.containsKey(p) && seen.add(p); p = areas.get(p).parent()) {
                if (cover.contains(p)) {
                    return true;
                }
            }
            return false;
        });
    }

    private static String uri(QuerySolution row, String var) {
        return row.contains(var) && row.get(var).isURIResource() ? row.getResource(var).getURI() : null;
    }
}
