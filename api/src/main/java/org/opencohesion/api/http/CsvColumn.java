package org.opencohesion.api.http;

import java.util.function.Function;

/**
 * One column of a list's CSV: its stable name and how to get its cell from an item.
 * Numeric columns are written as numbers; every other cell is text and is neutralised.
 */
public record CsvColumn<T>(String name, Function<T, Object> value, boolean numeric) {
    public static <T> CsvColumn<T> text(String name, Function<T, Object> value) {
        return new CsvColumn<>(name, value, false);
    }

    public static <T> CsvColumn<T> number(String name, Function<T, Object> value) {
        return new CsvColumn<>(name, value, true);
    }
}
