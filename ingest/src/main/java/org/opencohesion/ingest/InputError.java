package org.opencohesion.ingest;

/**
 * One thing wrong with an input file, located as precisely as the format allows.
 *
 * <p>Messages never quote an observation's value: a value that disclosure control would
 * suppress must not leak through an error.
 *
 * @param code    a stable machine-readable code, e.g. {@code unknown-column} (see {@link ErrorCode})
 * @param file    the file's name as given to ingest
 * @param line    1-based line, or {@code null} for whole-file errors
 * @param column  1-based column: the field's position for CSV, the character for JSON, Turtle and encoding errors
 * @param field   the CSV column name or JSON Pointer, where there is one
 * @param message what is wrong and what is expected, for people
 */
public record InputError(String code, String file, Integer line, Integer column, String field, String message) {

    /** One line for a terminal: {@code file:line:column: field: message [code]}. */
    public String describe() {
        StringBuilder s = new StringBuilder(file);
        if (line != null) {
            s.append(':').append(line);
            if (column != null) {
                s.append(':').append(column);
            }
        }
        s.append(": ");
        if (field != null) {
            s.append(field).append(": ");
        }
        return s.append(message).append(" [").append(code).append(']').toString();
    }
}
