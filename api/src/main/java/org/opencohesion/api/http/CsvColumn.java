package org.opencohesion.api.http;

import java.util.function.Function;

/**
 * One column of a CSV: its stable name (the header cell), how to get its cell from an item, and
 * what its CSV on the Web metadata says of it: datatype, whether every row has a value, and, where
 * the column means an obvious RDF property, that property and the URI template of its value.
 * Templates starting with {@code /} are under the service's base URI.
 *
 * <pre>{@code
 * CsvColumn.text("area_code", a -> a.getArea().getCode()).property("/def/cohesion#area").valueUrl("/id/area/{area_code}")
 * }</pre>
 */
public record CsvColumn<T>(String name, Function<T, Object> value, CsvDatatype datatype, boolean isRequired,
                           String propertyUrl, String valueUrl) {

    public static <T> CsvColumn<T> of(String name, CsvDatatype datatype, Function<T, Object> value) {
        return new CsvColumn<>(name, value, datatype, false, null, null);
    }

    public static <T> CsvColumn<T> text(String name, Function<T, Object> value) {
        return of(name, CsvDatatype.STRING, value);
    }

    /** A decimal number ({@code 12}, {@code 80.7}): values and measures. */
    public static <T> CsvColumn<T> number(String name, Function<T, Object> value) {
        return of(name, CsvDatatype.DECIMAL, value);
    }

    public static <T> CsvColumn<T> integer(String name, Function<T, Object> value) {
        return of(name, CsvDatatype.INTEGER, value);
    }

    public static <T> CsvColumn<T> date(String name, Function<T, Object> value) {
        return of(name, CsvDatatype.DATE, value);
    }

    public static <T> CsvColumn<T> dateTime(String name, Function<T, Object> value) {
        return of(name, CsvDatatype.DATE_TIME, value);
    }

    public static <T> CsvColumn<T> uri(String name, Function<T, Object> value) {
        return of(name, CsvDatatype.ANY_URI, value);
    }

    /** Every row has a value in this column. */
    public CsvColumn<T> required() {
        return new CsvColumn<>(name, value, datatype, true, propertyUrl, valueUrl);
    }

    public CsvColumn<T> property(String url) {
        return new CsvColumn<>(name, value, datatype, isRequired, url, valueUrl);
    }

    /** The cell names a resource: this URI template ({@code /id/area/{area_code}}) makes it. */
    public CsvColumn<T> valueUrl(String template) {
        return new CsvColumn<>(name, value, datatype, isRequired, propertyUrl, template);
    }

    public boolean numeric() {
        return datatype.numeric();
    }
}
