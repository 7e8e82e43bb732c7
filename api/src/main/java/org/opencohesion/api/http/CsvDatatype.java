package org.opencohesion.api.http;

/**
 * What a CSV column holds, named as CSV on the Web's built-in datatypes so the column's CSVW
 * metadata says exactly what its cells are. Numeric columns are written as numbers; every other
 * cell is text and passes through formula neutralisation.
 */
public enum CsvDatatype {
    STRING("string"),
    ANY_URI("anyURI"),
    DATE("date"),
    /** An {@code xsd:dateTime}, always with seconds and an offset. */
    DATE_TIME("datetime"),
    INTEGER("integer"),
    DECIMAL("decimal"),
    /** An {@code xsd:double}: coordinates and distances. */
    NUMBER("number");

    private final String csvw;

    CsvDatatype(String csvw) {
        this.csvw = csvw;
    }

    /** The name CSVW gives the datatype ({@code "datatype": "decimal"}). */
    public String csvw() {
        return csvw;
    }

    public boolean numeric() {
        return this == INTEGER || this == DECIMAL || this == NUMBER;
    }
}
