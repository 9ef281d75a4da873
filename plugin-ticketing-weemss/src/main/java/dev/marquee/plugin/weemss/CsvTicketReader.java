package dev.marquee.plugin.weemss;

import dev.marquee.platform.spi.ticketing.TicketRecord;
import dev.marquee.platform.spi.ticketing.TicketSink;
import dev.marquee.platform.spi.ticketing.TicketSourceException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Streams a CSV export into ticket records, row by row: UTF-8 with or without a byte order mark,
 * comma or semicolon (detected from the header unless set), quoted fields with delimiters and line
 * breaks, CRLF or LF. A row without a ticket id or with a missing or invalid email is rejected with
 * its line; the rest goes on.
 */
final class CsvTicketReader {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s<>\"(),;:]+@[^@\\s<>\"(),;:]+\\.[^@\\s<>\"(),;:]+$");
    static final int MAX_FIELD = 320;
    static final int MAX_LINE = 1 << 20;

    private final Map<String, String> columns;
    private final Set<String> cancelledStatuses;
    private final String delimiter;
    private final PurchaseTimeParser purchaseTimes;

    CsvTicketReader(Map<String, String> columns, List<String> cancelledStatuses, String delimiter,
                    PurchaseTimeParser purchaseTimes) {
        this.columns = columns;
        this.cancelledStatuses = cancelledStatuses.stream().map(s -> s.trim().toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        this.delimiter = delimiter;
        this.purchaseTimes = purchaseTimes;
    }

    void read(InputStream raw, TicketSink sink) throws TicketSourceException {
        try (BufferedReader reader = new BufferedReader(new LineLengthLimit(
                new InputStreamReader(withoutBom(raw), StandardCharsets.UTF_8), MAX_LINE))) {
            char separator = separator(reader);
            CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separator).setHeader().setSkipHeaderRecord(true)
                    .setIgnoreEmptyLines(true).setTrim(true).setAllowMissingColumnNames(true).get();
            try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
                Map<String, Integer> header = headerIndex(parser.getHeaderNames());
                requireColumns(header, parser.getHeaderNames());
                long previousEnd = parser.getCurrentLineNumber();
                Iterator<CSVRecord> rows = parser.iterator();
                while (true) {
                    CSVRecord row;
                    try {
                        if (!rows.hasNext()) {
                            break;
                        }
                        row = rows.next();
                    } catch (UncheckedIOException e) {
                        sink.reject(previousEnd + 1, "the rest of the file cannot be read as CSV: "
                                + e.getCause().getMessage());
                        return;
                    }
                    long line = previousEnd + 1;
                    previousEnd = parser.getCurrentLineNumber();
                    accept(row, line, header, sink);
                }
            }
        } catch (IOException e) {
            throw new TicketSourceException("The export could not be read: " + e.getMessage(), e);
        }
    }

    private void accept(CSVRecord row, long line, Map<String, Integer> header, TicketSink sink) {
        String ticketId = field(row, header, WeemssColumns.TICKET_ID);
        String email = field(row, header, WeemssColumns.EMAIL);
        if (ticketId == null) {
            sink.reject(line, "no ticket id (column '" + columns.get(WeemssColumns.TICKET_ID) + "')");
            return;
        }
        if (email == null) {
            sink.reject(line, "no email for ticket " + ticketId);
            return;
        }
        if (email.length() > MAX_FIELD || !EMAIL.matcher(email).matches()) {
            sink.reject(line, "invalid email '" + abbreviate(email) + "' for ticket " + ticketId);
            return;
        }
        String first = field(row, header, WeemssColumns.FIRST_NAME);
        String last = field(row, header, WeemssColumns.LAST_NAME);
        if (first == null && last == null) {
            String full = field(row, header, WeemssColumns.FULL_NAME);
            if (full != null) {
                int space = full.indexOf(' ');
                first = space < 0 ? full : full.substring(0, space).trim();
                last = space < 0 ? null : full.substring(space + 1).trim();
            }
        }
        String status = field(row, header, WeemssColumns.STATUS);
        boolean cancelled = status != null && cancelledStatuses.contains(status.toLowerCase(Locale.ROOT));
        sink.accept(new TicketRecord(line, ticketId, field(row, header, WeemssColumns.ORDER_ID), first, last, email,
                field(row, header, WeemssColumns.TICKET_TYPE), status, cancelled,
                purchaseTimes.parse(field(row, header, WeemssColumns.PURCHASED_AT))));
    }

    /** The trimmed value of a mapped column, cut to a sane length; null when absent or empty. */
    private String field(CSVRecord row, Map<String, Integer> header, String key) {
        Integer index = header.get(normalize(columns.get(key)));
        if (index == null || index >= row.size()) {
            return null;
        }
        String value = row.get(index).replaceAll("\\p{Cntrl}", " ").trim();
        if (value.isEmpty()) {
            return null;
        }
        return value.length() > MAX_FIELD ? value.substring(0, MAX_FIELD) : value;
    }

    private void requireColumns(Map<String, Integer> header, List<String> names) throws TicketSourceException {
        for (String key : List.of(WeemssColumns.TICKET_ID, WeemssColumns.EMAIL)) {
            if (!header.containsKey(normalize(columns.get(key)))) {
                throw new TicketSourceException("The export has no column '" + columns.get(key) + "' (for " + key
                        + "); its columns are: " + String.join(", ", names));
            }
        }
    }

    private static Map<String, Integer> headerIndex(List<String> names) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            index.putIfAbsent(normalize(names.get(i)), i);
        }
        return index;
    }

    private static String normalize(String header) {
        return header == null ? "" : header.trim().toLowerCase(Locale.ROOT);
    }

    /** The delimiter given in the settings, or the one of ',' and ';' that the header line uses more. */
    private char separator(BufferedReader reader) throws IOException {
        if (!"auto".equals(delimiter)) {
            return delimiter.charAt(0);
        }
        reader.mark(64 * 1024);
        String first = reader.readLine();
        reader.reset();
        if (first == null) {
            return ',';
        }
        long semicolons = first.chars().filter(c -> c == ';').count();
        long commas = first.chars().filter(c -> c == ',').count();
        return semicolons > commas ? ';' : ',';
    }

    private static InputStream withoutBom(InputStream in) throws IOException {
        PushbackInputStream pushback = new PushbackInputStream(in, 3);
        byte[] head = new byte[3];
        int read = pushback.readNBytes(head, 0, 3);
        boolean bom = read == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF;
        if (!bom && read > 0) {
            pushback.unread(head, 0, read);
        }
        return pushback;
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
