package org.opencohesion.ingest;

/** The codes of {@link InputError}: stable, so clients may act on them. */
public final class ErrorCode {
    public static final String EMPTY_FILE = "empty-file";
    public static final String ENCODING = "encoding";
    public static final String CSV_SYNTAX = "csv-syntax";
    public static final String JSON_SYNTAX = "json-syntax";
    public static final String RDF_SYNTAX = "rdf-syntax";
    public static final String UNKNOWN_COLUMN = "unknown-column";
    public static final String MISSING_COLUMN = "missing-column";
    public static final String DUPLICATE_COLUMN = "duplicate-column";
    public static final String MISSING_VALUE = "missing-value";
    public static final String INVALID_VALUE = "invalid-value";
    public static final String INVALID_CODE = "invalid-code";
    public static final String INVALID_DATE = "invalid-date";
    public static final String OUT_OF_RANGE = "out-of-range";
    public static final String DUPLICATE_ID = "duplicate-id";
    public static final String DUPLICATE_OBSERVATION = "duplicate-observation";
    public static final String UNKNOWN_REFERENCE = "unknown-reference";
    public static final String UNKNOWN_FIELD = "unknown-field";
    public static final String SHAPE_VIOLATION = "shape-violation";
    public static final String UNKNOWN_KIND = "unknown-kind";
    public static final String DUPLICATE_DATASET = "duplicate-dataset";
    public static final String DISCLOSURE = "disclosure";

    private ErrorCode() {}
}
