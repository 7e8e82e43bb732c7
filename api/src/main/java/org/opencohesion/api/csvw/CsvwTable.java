package org.opencohesion.api.csvw;

import java.util.List;
import java.util.Map;
import org.opencohesion.api.http.CsvColumn;

/**
 * A CSV extract as its CSV on the Web metadata describes it: what it is, its columns (the very
 * list the CSV is written from, so the two cannot drift) and the columns that identify a row.
 *
 * @param title       the table's title ({@code dc:title})
 * @param description what a row is ({@code dc:description})
 * @param columns     the columns in the order the CSV has them
 * @param primaryKey  the names of the columns whose values identify a row
 * @param notes       a description of some columns, by column name (may be empty)
 */
public record CsvwTable<T>(String title, String description, List<CsvColumn<T>> columns, List<String> primaryKey,
                           Map<String, String> notes) {

    public CsvwTable {
        List<String> names = columns.stream().map(CsvColumn::name).toList();
        if (!names.containsAll(primaryKey)) {
            throw new IllegalArgumentException("primary key " + primaryKey + " is not among the columns " + names);
        }
    }

    public static <T> CsvwTable<T> of(String title, String description, List<CsvColumn<T>> columns, String... primaryKey) {
        return new CsvwTable<>(title, description, columns, List.of(primaryKey), Map.of());
    }
}
