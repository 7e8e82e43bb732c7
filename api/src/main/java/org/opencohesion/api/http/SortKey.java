package org.opencohesion.api.http;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.opencohesion.api.problem.ClientError;

/** One field of a {@code sort} parameter: {@code name} ascending, {@code -name} descending. */
public record SortKey(String field, boolean descending) {

    /** Parses {@code sort=a,-b} against the fields a list can be sorted by. */
    public static List<SortKey> parse(String sort, Set<String> fields) {
        List<SortKey> keys = new ArrayList<>();
        for (String part : sort.split(",", -1)) {
            boolean desc = part.startsWith("-");
            String field = desc ? part.substring(1) : part;
            if (!fields.contains(field)) {
                throw ClientError.badRequest("sort", "cannot sort by '" + field + "'; sort by " + String.join(", ", fields.stream().sorted().toList())
                        + " (prefix '-' for descending, separate with commas)");
            }
            keys.add(new SortKey(field, desc));
        }
        return keys;
    }

    /** A comparator for {@code keys} from per-field ascending comparators, then {@code tieBreak}. */
    public static <T> Comparator<T> comparator(List<SortKey> keys, Map<String, Comparator<T>> byField, Comparator<T> tieBreak) {
        Comparator<T> c = null;
        for (SortKey k : keys) {
            Comparator<T> f = byField.get(k.field());
            f = k.descending() ? f.reversed() : f;
            c = c == null ? f : c.thenComparing(f);
        }
        return c == null ? tieBreak : c.thenComparing(tieBreak);
    }
}
