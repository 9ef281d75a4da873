package dev.marquee.plugin.weemss;

import dev.marquee.platform.spi.ticketing.TicketRecord;
import dev.marquee.platform.spi.ticketing.TicketSink;
import dev.marquee.platform.spi.ticketing.TicketSourceException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

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
 * its line; the rest goes on. The input may come from any server an organizer names, so no message
 * carries what it holds: a rejected row names its line and column, never a cell's value, and the
 * header line is repeated only when it looks like one ({@link HeaderLine}).
 */
final class CsvTicketReader {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s<>\"(),;:]+@[^@\\s<>\"(),;:]+\\.[^@\\s<>\"(),;:]+$");
    static final int MAX_FIELD = 320;
    static final int MAX_LINE = 1 << 20;
    static final String NOT_A_HEADER = "its first line is not a CSV header (check the export URL or the file, and "
            + "the delimiter setting)";

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
                new InputStreamReader(withoutBom(new SourceStream(raw)), StandardCharsets.UTF_8), MAX_LINE))) {
            char separator = separator(reader);
            CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separator).setHeader().setSkipHeaderRecord(true)
                    .setIgnoreEmptyLines(true).setTrim(true).setAllowMissingColumnNames(true)
                    .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL).get();
            try (CSVParser parser = open(reader, format)) {
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
                        if (e.getCause() instanceof SourceStream.Broken broken) {
                            throw broken;
                        }
                        sink.reject(previousEnd + 1, "the rest of the file cannot be read as CSV: " + csvProblem(e.getCause()));
                        return;
                    }
                    long line = previousEnd + 1;
                    previousEnd = parser.getCurrentLineNumber();
                    accept(row, line, header, sink);
                }
            }
        } catch (IOException e) {
            throw new TicketSourceException(unreadable(e), e);
        }
    }

    /** The parser, past the header line; a header commons-csv refuses is reported without its content. */
    private static CSVParser open(BufferedReader reader, CSVFormat format) throws IOException, TicketSourceException {
        try {
            return CSVParser.builder().setReader(reader).setFormat(format).get();
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new TicketSourceException("The export cannot be read: " + NOT_A_HEADER, e);
        } catch (UncheckedIOException e) {
            throw e.getCause();
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
            sink.reject(line, "no email (column '" + columns.get(WeemssColumns.EMAIL) + "')");
            return;
        }
        if (email.length() > MAX_FIELD || !EMAIL.matcher(email).matches()) {
            sink.reject(line, "the email in column '" + columns.get(WeemssColumns.EMAIL) + "' is not a valid address");
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
        sink.accept(TicketRecord.builder().line(line).ticketId(ticketId)
                .orderId(field(row, header, WeemssColumns.ORDER_ID))
                .firstName(first).lastName(last).email(email)
                .ticketType(field(row, header, WeemssColumns.TICKET_TYPE))
                .status(status).cancelled(cancelled)
                .purchasedAt(purchaseTimes.parse(field(row, header, WeemssColumns.PURCHASED_AT)))
                .build());
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

    /**
     * Fails when a required column is missing, listing the columns found only when the first line looks
     * like an export's header (see {@link HeaderLine}); otherwise it says the line is not one.
     */
    private void requireColumns(Map<String, Integer> header, List<String> names) throws TicketSourceException {
        for (String key : List.of(WeemssColumns.TICKET_ID, WeemssColumns.EMAIL)) {
            if (!header.containsKey(normalize(columns.get(key)))) {
                String missing = "The export has no column '" + columns.get(key) + "' (for " + key + ")";
                throw new TicketSourceException(HeaderLine.looksLikeAHeader(names)
                        ? missing + "; its columns are: " + String.join(", ", names)
                        : missing + ", and " + NOT_A_HEADER);
            }
        }
    }

    /** Why the file as a whole cannot be read, in Marquee's words only. */
    private static String unreadable(IOException e) {
        if (e instanceof LineLengthLimit.TooLong || e instanceof SourceStream.Broken) {
            return "The export could not be read: " + e.getMessage();
        }
        return "The export cannot be read: " + NOT_A_HEADER;
    }

    /** A syntax error in the middle of the file, in Marquee's words only. */
    private static String csvProblem(IOException e) {
        return e instanceof LineLengthLimit.TooLong ? e.getMessage()
                : "a quoted field is not closed, or a quote stands inside an unquoted field";
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

}
