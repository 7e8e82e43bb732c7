package org.opencohesion.ingest.csv;

/** A column an input CSV may have; names are matched case-insensitively. */
public record Column(String name, boolean required) {
    public static Column required(String name) {
        return new Column(name, true);
    }

    public static Column optional(String name) {
        return new Column(name, false);
    }
}
