package dev.marquee.plugin.weemss;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Reads purchase times as exports write them: ISO-8601 with an offset, or a local date-time
 * ({@code 2026-05-04 10:15:00}, {@code 2026-05-04T10:15}) or date taken in the source's timezone. A
 * value it cannot read is left out rather than costing the row.
 */
final class PurchaseTimeParser {

    private static final List<DateTimeFormatter> LOCAL = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE_TIME,
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss]"),
            DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm[:ss]"));

    private final ZoneId zone;

    PurchaseTimeParser(ZoneId zone) {
        this.zone = zone;
    }

    Instant parse(String value) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            // not with an offset; try the local forms
        }
        for (DateTimeFormatter format : LOCAL) {
            try {
                return LocalDateTime.parse(value, format).atZone(zone).toInstant();
            } catch (DateTimeParseException e) {
                // next form
            }
        }
        try {
            return LocalDate.parse(value).atStartOfDay(zone).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
