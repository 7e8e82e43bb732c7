package org.opencohesion.api.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Writes list items as RFC 4180 CSV (UTF-8, CRLF, header row), safe to open in a spreadsheet. */
public final class CsvRenderer {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

    private CsvRenderer() {}

    public static <T> byte[] render(List<CsvColumn<T>> columns, List<T> items, boolean bom) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 + items.size() * 128);
        if (bom) {
            bytes.writeBytes(BOM);
        }
        try (Writer w = new OutputStreamWriter(bytes, StandardCharsets.UTF_8); CSVPrinter out = new CSVPrinter(w, FORMAT)) {
            out.printRecord(columns.stream().map(CsvColumn::name).toList());
            List<String> cells = new ArrayList<>(columns.size());
            for (T item : items) {
                cells.clear();
                for (CsvColumn<T> c : columns) {
                    cells.add(cell(c.value().apply(item), c.datatype()));
                }
                out.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static String cell(Object value, boolean numeric) {
        return cell(value, numeric ? CsvDatatype.DECIMAL : CsvDatatype.STRING);
    }

    /** One cell as written: numbers as numbers, date-times always with seconds (as {@code xsd:dateTime} needs), text neutralised. */
    public static String cell(Object value, CsvDatatype datatype) {
        if (value == null) {
            return "";
        }
        if (datatype.numeric() && value instanceof Number n) {
            return n instanceof BigDecimal d ? d.toPlainString() : n.toString();
        }
        if (value instanceof OffsetDateTime t) {
            return t.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        }
        String text = value instanceof Collection<?> list
                ? String.join("; ", list.stream().map(String::valueOf).toList())
                : String.valueOf(value);
        return neutralise(text);
    }

    /**
     * A text cell that a spreadsheet would run as a formula ({@code =}, {@code +}, {@code -},
     * {@code @}, or tab/CR which some treat the same) gets a leading apostrophe, OWASP's advice
     * for CSV injection. Numeric columns never pass through here, so {@code -3} stays a number.
     */
    static String neutralise(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
