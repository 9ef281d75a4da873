package dev.marquee.plugin.interaction.rest;

import jakarta.ws.rs.core.Response;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jsoup.parser.Parser;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * CSV exports (RFC 4180, Apache Commons CSV): the texts as people typed them (the HTML escaping of the
 * stored text undone), and a cell that a spreadsheet would run as a formula ({@code = + - @}) prefixed with
 * an apostrophe.
 */
final class Csv {

    private Csv() {
    }

    static Response of(String filename, List<String> header, List<List<Object>> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader(header.toArray(String[]::new)).get())) {
            for (List<Object> row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Response.ok(out.toString(), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + filename + "\"").build();
    }

    /** Stored (escaped) text as a cell. */
    static String text(String stored) {
        String plain = Parser.unescapeEntities(stored, false);
        return !plain.isEmpty() && "=+-@\t\r".indexOf(plain.charAt(0)) >= 0 ? "'" + plain : plain;
    }
}
