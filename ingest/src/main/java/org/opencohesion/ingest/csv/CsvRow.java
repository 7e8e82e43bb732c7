package org.opencohesion.ingest.csv;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;
import org.opencohesion.ingest.ErrorCode;
import org.opencohesion.ingest.InputErrors;
import org.opencohesion.rdf.Uris;

/**
 * One data record of a {@link CsvTable}. Each getter returns the cell's value when it is valid,
 * or {@code null} after recording an error that names the file, line and column; so a reader
 * calls every getter it needs and gets every error of the row at once.
 */
public final class CsvRow {
    /** An ONS GSS code. */
    public static final Pattern GSS = Pattern.compile("[EWSNK][0-9]{8}");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final String file;
    private final int line;
    private final Map<String, Integer> header;
    private final String[] headerNames;
    private final CSVRecord record;
    private final InputErrors errors;
    private final boolean echoValues;

    CsvRow(String file, int line, Map<String, Integer> header, String[] headerNames, CSVRecord record,
           InputErrors errors, boolean echoValues) {
        this.file = file;
        this.line = line;
        this.header = header;
        this.headerNames = headerNames;
        this.record = record;
        this.errors = errors;
        this.echoValues = echoValues;
    }

    public String file() { return file; }
    public int line() { return line; }

    /** The trimmed value, or {@code null} when the cell is empty or the column absent. */
    public String text(String column) {
        Integer i = header.get(column);
        if (i == null) {
            return null;
        }
        String v = record.get(i).trim();
        return v.isEmpty() ? null : v;
    }

    /** The value, recording {@code missing-value} when empty (a missing column was reported with the header). */
    public String required(String column) {
        String v = text(column);
        if (v == null && header.containsKey(column)) {
            error(ErrorCode.MISSING_VALUE, column, "a value is required");
        }
        return v;
    }

    public String slug(String column, boolean required) {
        String v = required ? required(column) : text(column);
        if (v != null && !Uris.isSlug(v)) {
            error(ErrorCode.INVALID_CODE, column, quote(v) + "is not a valid id: use 1-80 lower-case letters, digits and hyphens, starting with a letter or digit");
            return null;
        }
        return v;
    }

    public String gss(String column, boolean required) {
        String v = required ? required(column) : text(column);
        if (v != null && !GSS.matcher(v).matches()) {
            error(ErrorCode.INVALID_CODE, column, quote(v) + "is not an ONS GSS code (a letter E, W, S, N or K and eight digits, e.g. W06000006)");
            return null;
        }
        return v;
    }

    public LocalDate date(String column) {
        String v = text(column);
        if (v == null) {
            return null;
        }
        try {
            if (!ISO_DATE.matcher(v).matches()) {
                throw new DateTimeParseException("not ISO", v, 0);
            }
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            error(ErrorCode.INVALID_DATE, column, quote(v) + "is not a date: use YYYY-MM-DD");
            return null;
        }
    }

    public String url(String column) {
        String v = text(column);
        if (v != null && !isHttpUrl(v)) {
            error(ErrorCode.INVALID_VALUE, column, quote(v) + "is not an absolute http(s) URL");
            return null;
        }
        return v;
    }

    public BigDecimal decimal(String column, boolean required) {
        String v = required ? required(column) : text(column);
        if (v == null) {
            return null;
        }
        try {
            return new BigDecimal(v);
        } catch (NumberFormatException e) {
            error(ErrorCode.INVALID_VALUE, column, quote(v) + "is not a decimal number");
            return null;
        }
    }

    /** A whole number within {@code min..max}. */
    public Long integer(String column, long min, long max) {
        BigDecimal d = decimal(column, false);
        if (d == null) {
            return null;
        }
        try {
            long n = d.longValueExact();
            if (n < min || n > max) {
                error(ErrorCode.OUT_OF_RANGE, column, quote(text(column)) + "is out of range: must be between " + min + " and " + max);
                return null;
            }
            return n;
        } catch (ArithmeticException e) {
            error(ErrorCode.INVALID_VALUE, column, quote(text(column)) + "is not a whole number");
            return null;
        }
    }

    /** A notation of a concept scheme, e.g. an asset type. */
    public String concept(String column, boolean required, Collection<String> allowed) {
        String v = required ? required(column) : text(column);
        if (v != null && !allowed.contains(v)) {
            error(ErrorCode.INVALID_VALUE, column, quote(v) + "is not one of: " + String.join(", ", allowed));
            return null;
        }
        return v;
    }

    /** Records an error on one of this row's cells. */
    public void error(String code, String column, String message) {
        Integer i = header.get(column);
        errors.add(code, file, line, i == null ? null : i + 1, i == null ? column : headerNames[i], message);
    }

    /** Quotes a cell for a message, or nothing where values must not be echoed. */
    public String quote(String value) {
        return echoValues ? "'" + value + "' " : "the value ";
    }

    public static boolean isHttpUrl(String v) {
        try {
            URI uri = new URI(v);
            return uri.isAbsolute() && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }
}
