package org.opencohesion.api.indicators;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.opencohesion.api.http.Slice;
import org.opencohesion.api.http.SortKey;
import org.opencohesion.api.model.AreaLevel;
import org.opencohesion.api.model.AreaRef;
import org.opencohesion.api.model.Observation;
import org.opencohesion.api.model.ObservationStatus;
import org.opencohesion.api.readmodel.ReadModel;

/**
 * Every published cell of one indicator at one store generation, held in columns and in the
 * default order (area IRI, then period start and end). Filters become a yes/no per distinct area
 * and per distinct period, so selecting a page out of a few hundred thousand cells is a scan of two
 * int arrays in the order asked for. Immutable once built, but for the orders it keeps.
 */
final class ObservationCube {
    /** A period as the store describes it. */
    record Period(String uri, String label, LocalDate start, LocalDate end) {}

    private final String indicatorId;
    private final String cellPrefix;
    private final String[] areaCodes;
    private final String[] areaUris;
    private final Period[] periods;
    private final int[] area;
    private final int[] period;
    private final String[] cellIds;
    /** IRIs of the rare cells not named {@code cellPrefix + id} (read from RDF input, say), by cell. */
    private final Map<Integer, String> otherUris;
    private final BigDecimal[] value;
    private final ObservationStatus[] status;
    private final int[] identity;
    private volatile AreaLevel[] areaLevels;
    private volatile IndicatorGrid grid;
    /** Cell orders for the sorts asked for so far: a handful, since sorts are three fields with a direction. */
    private final Map<List<SortKey>, int[]> orders = new ConcurrentHashMap<>();

    private ObservationCube(Builder b) {
        this.indicatorId = b.indicatorId;
        this.cellPrefix = b.cellPrefix;
        this.areaCodes = b.areaCodes.toArray(String[]::new);
        this.areaUris = b.areaUris.toArray(String[]::new);
        this.periods = b.periods.toArray(Period[]::new);
        int n = b.size;
        this.area = Arrays.copyOf(b.area, n);
        this.period = Arrays.copyOf(b.period, n);
        this.cellIds = Arrays.copyOf(b.cellIds, n);
        this.otherUris = Map.copyOf(b.otherUris);
        this.value = Arrays.copyOf(b.value, n);
        this.status = Arrays.copyOf(b.status, n);
        this.identity = IntStream.range(0, n).toArray();
    }

    int size() {
        return area.length;
    }

    /** A rough count of the bytes held, for the cache's budget. */
    long weight() {
        // the columns, a cell id, a value, and room for a few cached orders
        long perCell = 4 + 4 + 8 + 8 + 8 + 40 + 24 + 4 * 4;
        return 256 + size() * perCell + (long) areaCodes.length * 160 + (long) periods.length * 200;
    }

    Slice<Observation> page(ReadModel model, ObservationFilter filter, List<SortKey> sort, int limit, int offset) {
        boolean[] areaOk = areasSelected(model, filter);
        boolean[] periodOk = periodsSelected(filter);
        int[] order = order(sort);
        List<Observation> items = new ArrayList<>(Math.min(limit, 1000));
        int count = 0;
        for (int i : order) {
            if (areaOk[area[i]] && periodOk[period[i]]) {
                if (count >= offset && items.size() < limit) {
                    items.add(observation(model, i));
                }
                count++;
            }
        }
        return new Slice<>(items, count);
    }

    /** The cells as a grid of areas by periods, made once (downloads and charts read it whole). */
    IndicatorGrid grid() {
        IndicatorGrid g = grid;
        if (g == null) {
            Integer[] areaOrder = IntStream.range(0, areaCodes.length).boxed().toArray(Integer[]::new);
            Arrays.sort(areaOrder, Comparator.comparing(a -> areaCodes[a]));
            Integer[] periodOrder = IntStream.range(0, periods.length).boxed().toArray(Integer[]::new);
            Arrays.sort(periodOrder, Comparator.<Integer, LocalDate>comparing(p -> periods[p].start(), Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(p -> periods[p].end(), Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(p -> periods[p].label()));
            int[] rowOfArea = new int[areaCodes.length];
            int[] columnOfPeriod = new int[periods.length];
            Map<String, Integer> rowOf = new HashMap<>();
            List<String> codes = new ArrayList<>();
            for (int r = 0; r < areaOrder.length; r++) {
                rowOfArea[areaOrder[r]] = r;
                codes.add(areaCodes[areaOrder[r]]);
                rowOf.put(areaCodes[areaOrder[r]], r);
            }
            List<IndicatorGrid.Period> columns = new ArrayList<>();
            for (int c = 0; c < periodOrder.length; c++) {
                columnOfPeriod[periodOrder[c]] = c;
                Period p = periods[periodOrder[c]];
                columns.add(new IndicatorGrid.Period(p.label(), p.start(), p.end()));
            }
            BigDecimal[][] values = new BigDecimal[codes.size()][columns.size()];
            ObservationStatus[][] statuses = new ObservationStatus[codes.size()][columns.size()];
            for (int i = 0; i < size(); i++) {
                int r = rowOfArea[area[i]];
                int c = columnOfPeriod[period[i]];
                values[r][c] = value[i];
                statuses[r][c] = status[i];
            }
            g = new IndicatorGrid(indicatorId, List.copyOf(codes), List.copyOf(columns), values, statuses, Map.copyOf(rowOf));
            grid = g;
        }
        return g;
    }

    private boolean[] areasSelected(ReadModel model, ObservationFilter filter) {
        Set<String> within = filter.area() == null ? null : model.selfAndDescendants(filter.area());
        AreaLevel level = filter.level();
        AreaLevel[] levels = level == null ? null : levels(model);
        boolean[] ok = new boolean[areaCodes.length];
        for (int a = 0; a < ok.length; a++) {
            ok[a] = (within == null || within.contains(areaCodes[a])) && (level == null || levels[a] == level);
        }
        return ok;
    }

    /** Each area's level, looked up once: the model is of the cube's generation, so they cannot change. */
    private AreaLevel[] levels(ReadModel model) {
        AreaLevel[] known = areaLevels;
        if (known == null) {
            known = new AreaLevel[areaCodes.length];
            for (int a = 0; a < known.length; a++) {
                known[a] = model.area(areaCodes[a]).map(x -> x.getLevel()).orElse(null);
            }
            areaLevels = known;
        }
        return known;
    }

    private boolean[] periodsSelected(ObservationFilter filter) {
        boolean[] ok = new boolean[periods.length];
        for (int p = 0; p < ok.length; p++) {
            Period x = periods[p];
            ok[p] = (filter.periodUri() == null || filter.periodUri().equals(x.uri()))
                    && (filter.from() == null || (x.start() != null && !x.start().isBefore(filter.from())))
                    && (filter.to() == null || (x.end() != null && !x.end().isAfter(filter.to())));
        }
        return ok;
    }

    /**
     * Every cell in the order asked for, worked out once per order and kept: a cube is read far
     * more often than it is sorted. The sort is stable and the cells start in the default order,
     * which is therefore the tie-break: a total order, so paging visits every cell once.
     */
    private int[] order(List<SortKey> sort) {
        // a field's second mention cannot change the order; dropping it keeps the kept orders few
        Set<String> seen = new HashSet<>();
        List<SortKey> keys = sort.stream().filter(k -> seen.add(k.field())).toList();
        return isDefault(keys) ? identity : orders.computeIfAbsent(keys, this::sorted);
    }

    private int[] sorted(List<SortKey> sort) {
        Comparator<Integer> order = null;
        for (SortKey k : sort) {
            Comparator<Integer> c = switch (k.field()) {
                case "area" -> directed(Comparator.comparing(i -> areaUris[area[i]]), k.descending());
                case "period" -> directed(Comparator.<Integer, LocalDate>comparing(i -> periods[period[i]].start(), Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(i -> periods[period[i]].end(), Comparator.nullsLast(Comparator.naturalOrder())), k.descending());
                // cells without a value last in either direction
                case "value" -> Comparator.<Integer, Boolean>comparing(i -> value[i] == null)
                        .thenComparing(i -> value[i], Comparator.nullsLast(k.descending() ? Comparator.<BigDecimal>reverseOrder() : Comparator.<BigDecimal>naturalOrder()));
                default -> throw new IllegalArgumentException("no order for " + k.field());
            };
            order = order == null ? c : order.thenComparing(c);
        }
        Integer[] boxed = Arrays.stream(identity).boxed().toArray(Integer[]::new);
        Arrays.sort(boxed, order);
        return Arrays.stream(boxed).mapToInt(Integer::intValue).toArray();
    }

    private static boolean isDefault(List<SortKey> sort) {
        return sort.isEmpty() || (sort.get(0).field().equals("area") && !sort.get(0).descending()
                && (sort.size() == 1 || (sort.size() == 2 && sort.get(1).field().equals("period") && !sort.get(1).descending())));
    }

    private static <T> Comparator<T> directed(Comparator<T> c, boolean descending) {
        return descending ? c.reversed() : c;
    }

    private Observation observation(ReadModel model, int i) {
        String code = areaCodes[area[i]];
        AreaRef ref = model.areaRef(code);
        Period p = periods[period[i]];
        return new Observation()
                .id(cellIds[i])
                .uri(URI.create(otherUris.getOrDefault(i, cellPrefix + cellIds[i])))
                .indicator(indicatorId)
                .area(ref != null ? ref : new AreaRef().code(code).name(code).uri(URI.create(areaUris[area[i]])))
                .period(p.label())
                .periodStart(p.start())
                .periodEnd(p.end())
                .value(value[i])
                .status(status[i]);
    }

    /** Collects cells in the default order (the loader's query orders them). */
    static final class Builder {
        private final String indicatorId;
        private final String cellPrefix;
        private final List<String> areaCodes = new ArrayList<>();
        private final List<String> areaUris = new ArrayList<>();
        private final Map<String, Integer> areaIndex = new HashMap<>();
        private final List<Period> periods = new ArrayList<>();
        private final Map<String, Integer> periodIndex = new HashMap<>();
        private final Map<Integer, String> otherUris = new HashMap<>();
        private int size;
        private int[] area = new int[1024];
        private int[] period = new int[1024];
        private String[] cellIds = new String[1024];
        private BigDecimal[] value = new BigDecimal[1024];
        private ObservationStatus[] status = new ObservationStatus[1024];

        /** @param cellPrefix what every cell IRI of the indicator starts with, before the cell's id */
        Builder(String indicatorId, String cellPrefix) {
            this.indicatorId = indicatorId;
            this.cellPrefix = cellPrefix;
        }

        Builder add(String cellUri, String areaCode, String areaUri, Period p, BigDecimal v, ObservationStatus s) {
            if (size == area.length) {
                int n = size * 2;
                area = Arrays.copyOf(area, n);
                period = Arrays.copyOf(period, n);
                cellIds = Arrays.copyOf(cellIds, n);
                value = Arrays.copyOf(value, n);
                status = Arrays.copyOf(status, n);
            }
            area[size] = areaIndex.computeIfAbsent(areaUri, u -> {
                areaCodes.add(areaCode);
                areaUris.add(u);
                return areaCodes.size() - 1;
            });
            period[size] = periodIndex.computeIfAbsent(p.uri(), u -> {
                periods.add(p);
                return periods.size() - 1;
            });
            if (cellUri.startsWith(cellPrefix)) {
                cellIds[size] = cellUri.substring(cellPrefix.length());
            } else {
                int at = cellUri.indexOf("/observation/");
                cellIds[size] = at < 0 ? cellUri : cellUri.substring(at + "/observation/".length());
                otherUris.put(size, cellUri);
            }
            // suppressed cells never have a value in the store; this keeps it so if one ever did
            value[size] = s == ObservationStatus.SUPPRESSED ? null : v;
            status[size] = s;
            size++;
            return this;
        }

        ObservationCube build() {
            return new ObservationCube(this);
        }
    }
}
