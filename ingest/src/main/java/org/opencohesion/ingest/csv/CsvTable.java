package org.opencohesion.ingest.csv;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.opencohesion.ingest.ErrorCode;
import org.opencohesion.ingest.InputErrors;
import org.opencohesion.ingest.InputFile;

/**
 * An RFC 4180 CSV file read against the columns its kind allows. The header is checked first
 * (unknown, duplicate and missing columns); then each record is handed over as a {@link CsvRow}
 * that knows its line and reports bad values itself.
 */
public final class CsvTable {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setIgnoreEmptyLines(true)
            .get();
    private static final Pattern LINE_IN_MESSAGE = Pattern.compile("line:? (\\d+)");

    private final InputFile file;
    private final String text;
    private final List<Column> columns;
    private final InputErrors errors;
    private final boolean echoValues;
    private final int[] lineStarts;
    private int headerSize;
    private String[] headerNames;

    private CsvTable(InputFile file, String text, List<Column> columns, InputErrors errors, boolean echoValues) {
        this.file = file;
        this.text = text;
        this.columns = columns;
        this.errors = errors;
        this.echoValues = echoValues;
        this.lineStarts = lineStarts(text);
    }

    /**
     * Reads {@code text} and calls {@code each} for every data record.
     *
     * @param echoValues whether error messages may quote cell values (never for observations)
     * @return the number of data records
     */
    public static int read(InputFile file, String text, List<Column> columns, InputErrors errors,
                           boolean echoValues, Consumer<CsvRow> each) {
        return new CsvTable(file, text, columns, errors, echoValues).read(each);
    }

    private int read(Consumer<CsvRow> each) {
        QuoteCheck.Problem quoting = QuoteCheck.firstProblem(text);
        if (quoting != null) {
            errors.add(ErrorCode.CSV_SYNTAX, file.name(), quoting.line(), quoting.column(), null, "malformed CSV: " + quoting.message());
            return 0;
        }
        int rows = 0;
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(FORMAT).get()) {
            var records = parser.iterator();
            if (!records.hasNext()) {
                errors.add(ErrorCode.EMPTY_FILE, file.name(), null, null, null, "the file has no header row");
                return 0;
            }
            Map<String, Integer> header = header(records.next());
            while (records.hasNext()) {
                CSVRecord record = records.next();
                int line = lineOf(record.getCharacterPosition());
                if (record.size() != headerSize) {
                    errors.add(ErrorCode.CSV_SYNTAX, file.name(), line, null, null,
                            "this row has " + record.size() + " fields but the header has " + headerSize
                                    + "; quote any value that contains a comma");
                    continue;
                }
                rows++;
                each.accept(new CsvRow(file.name(), line, header, headerNames, record, errors, echoValues));
            }
        } catch (UncheckedIOException | IOException e) {
            String message = e.getMessage() == null ? "" : e.getMessage();
            Matcher m = LINE_IN_MESSAGE.matcher(message);
            Integer line = m.find() ? Integer.valueOf(m.group(1)) : null;
            errors.add(ErrorCode.CSV_SYNTAX, file.name(), line, null, null,
                    "malformed CSV: a quoted value is not closed, or a quote appears inside an unquoted value "
                            + "(write a quote inside a value as two quotes, and quote the whole value)");
        }
        return rows;
    }


    /** Maps lower-cased column names to their index, recording header errors. */
    private Map<String, Integer> header(CSVRecord record) {
        headerSize = record.size();
        headerNames = new String[headerSize];
        Map<String, Integer> index = new HashMap<>();
        Map<String, Column> allowed = new HashMap<>();
        columns.forEach(c -> allowed.put(c.name(), c));
        for (int i = 0; i < record.size(); i++) {
            String written = record.get(i).trim();
            headerNames[i] = written;
            String name = written.toLowerCase(Locale.ROOT);
            if (!allowed.containsKey(name)) {
                errors.add(ErrorCode.UNKNOWN_COLUMN, file.name(), 1, i + 1, written,
                        "unknown column '" + written + "'; only these columns may be published: "
                                + String.join(", ", columns.stream().map(Column::name).toList()));
            } else if (index.containsKey(name)) {
                errors.add(ErrorCode.DUPLICATE_COLUMN, file.name(), 1, i + 1, written, "column '" + written + "' appears twice");
            } else {
                index.put(name, i);
            }
        }
        for (Column c : columns) {
            if (c.required() && !index.containsKey(c.name())) {
                errors.add(ErrorCode.MISSING_COLUMN, file.name(), 1, null, c.name(), "required column '" + c.name() + "' is missing");
            }
        }
        return index;
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    private int lineOf(long charPosition) {
        int i = Arrays.binarySearch(lineStarts, (int) charPosition);
        return (i >= 0 ? i : -i - 2) + 1;
    }
}
