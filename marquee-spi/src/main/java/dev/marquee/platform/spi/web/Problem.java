package dev.marquee.platform.spi.web;

import dev.marquee.platform.spi.settings.SettingError;

import java.time.Duration;
import java.util.List;

/**
 * A request the application refuses, with what kind of refusal it is and a message for people.
 * The REST layer turns the kind into an HTTP status and the JSON error body.
 *
 * @since 0.1.0
 */
public class Problem extends RuntimeException {

    /** The kinds of refusal, with their HTTP status. */
    public enum Kind {
        INVALID(400), NOT_SIGNED_IN(401), FORBIDDEN(403), NOT_FOUND(404), CONFLICT(409), TOO_MANY(429),
        /** A server Marquee relies on (the mail server) refused or failed. */
        UPSTREAM_FAILED(502);

        private final int status;

        Kind(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    private final Kind kind;
    private final String error;
    private final transient List<SettingError> fields;
    private final Duration retryAfter;

    public Problem(Kind kind, String error, String detail, List<SettingError> fields, Duration retryAfter) {
        super(detail);
        this.kind = kind;
        this.error = error;
        this.fields = List.copyOf(fields);
        this.retryAfter = retryAfter;
    }

    public static Problem invalid(String detail) {
        return new Problem(Kind.INVALID, "invalid_request", detail, List.of(), null);
    }

    public static Problem invalidSettings(String detail, List<SettingError> fields) {
        return new Problem(Kind.INVALID, "invalid_settings", detail, fields, null);
    }

    public static Problem notSignedIn() {
        return new Problem(Kind.NOT_SIGNED_IN, "not_signed_in", "Sign in first", List.of(), null);
    }

    public static Problem forbidden(String detail) {
        return new Problem(Kind.FORBIDDEN, "forbidden", detail, List.of(), null);
    }

    public static Problem notFound(String what) {
        return new Problem(Kind.NOT_FOUND, "not_found", what + " does not exist", List.of(), null);
    }

    public static Problem conflict(String detail) {
        return new Problem(Kind.CONFLICT, "conflict", detail, List.of(), null);
    }

    /** A conflict with what one field holds (an address in use): the form shows it beside that field. */
    public static Problem conflictOn(String field, String message) {
        return new Problem(Kind.CONFLICT, "conflict", message, List.of(new SettingError(field, message)), null);
    }

    public static Problem tooMany(Duration retryAfter) {
        long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        return new Problem(Kind.TOO_MANY, "too_many_requests",
                "Too many attempts; try again in " + seconds + " s", List.of(), Duration.ofSeconds(seconds));
    }

    public Kind kind() {
        return kind;
    }

    public String error() {
        return error;
    }

    public List<SettingError> fields() {
        return fields;
    }

    /** For {@link Kind#TOO_MANY}: when to try again; null otherwise. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
