package org.opencohesion.api.http;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
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

    /**
     * A comparator for {@code keys} from each field's sort key, then {@code tieBreak}. Items
     * without a value for a field come last in either direction.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static <T> Comparator<T> comparator(List<SortKey> keys, Map<String, Function<T, Comparable<?>>> byField, Comparator<T> tieBreak) {
        Comparator<T> c = null;
        for (SortKey k : keys) {
            Function<T, Comparable> field = (Function) byField.get(k.field());
            Comparator<Comparable> direction = k.descending() ? Comparator.reverseOrder() : Comparator.naturalOrder();
            Comparator<T> f = Comparator.comparing(field, Comparator.nullsLast(direction));
            c = c == null ? f : c.thenComparing(f);
        }
        return c == null ? tieBreak : c.thenComparing(tieBreak);
    }
}
