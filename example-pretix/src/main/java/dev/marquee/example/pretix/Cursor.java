package dev.marquee.example.pretix;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * The source's cursor: the instant to pass as {@code modified_since} next time, written as an ISO-8601
 * instant ({@code 2026-12-01T10:00:00Z}). pretix's {@code X-Page-Generated} of the first page is preferred (the
 * server's time when the read began, as pretix's API documentation advises); without it, the newest
 * {@code last_modified} read; without either, the cursor stays as it was.
 */
final class Cursor {

    private Cursor() {
    }

    /** An ISO-8601 date-time with offset (as pretix writes them) or instant; empty when it is not one. */
    static Optional<Instant> parse(String text) {
        if (text == null || text.length() > 64) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(text.trim()).toInstant());
        } catch (DateTimeException e) {
            try {
                return Optional.of(Instant.parse(text.trim()));
            } catch (DateTimeException again) {
                return Optional.empty();
            }
        }
    }

    /** The cursor to return after a complete read. */
    static String next(Optional<Instant> generated, Optional<Instant> newestModified, String previous) {
        return generated.or(() -> newestModified).map(Instant::toString)
                .orElse(parse(previous).map(Instant::toString).orElse(null));
    }
}
