package dev.marquee.plugin.chat.replay;

import dev.marquee.platform.spi.web.Problem;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The stretch of time a replay covers, {@code from} to {@code to} (both included), at most a day long.
 * Its address form is epoch milliseconds, so a window read back from its address starts at the
 * millisecond it was given with.
 */
public record ReplayWindow(Instant from, Instant to) {

    /** The longest window a chat log is read for. */
    public static final Duration LONGEST = Duration.ofHours(24);

    /** Most messages one log holds; the first ones of the window when more were sent. */
    public static final int MAX_MESSAGES = 20_000;

    /** Latest instant an address may name (the end of year 9999): databases keep no later times. */
    static final long LAST_MILLI = Instant.parse("9999-12-31T23:59:59.999Z").toEpochMilli();

    public ReplayWindow {
        if (from == null || to == null) {
            throw Problem.invalid("Give both from and to (epoch milliseconds)");
        }
        if (to.isBefore(from)) {
            throw Problem.invalid("to is before from");
        }
        if (Duration.between(from, to).compareTo(LONGEST) > 0) {
            throw Problem.invalid("A chat log covers at most 24 hours");
        }
    }

    /** The window of an address's {@code from} and {@code to}; refused (400) when they are not a valid window. */
    public static ReplayWindow parse(String fromMillis, String toMillis) {
        return new ReplayWindow(instant("from", fromMillis), instant("to", toMillis));
    }

    /**
     * The window from {@code from} to {@code to} in whole milliseconds (as its address names it), or empty
     * when the log would refuse it (reversed, longer than a day, or outside the years 1970 to 9999).
     */
    public static Optional<ReplayWindow> servable(Instant from, Instant to) {
        if (from == null || to == null || !inRange(from) || !inRange(to)) {
            return Optional.empty();
        }
        Instant start = Instant.ofEpochMilli(from.toEpochMilli());
        Instant end = Instant.ofEpochMilli(to.toEpochMilli());
        if (end.isBefore(start) || Duration.between(start, end).compareTo(LONGEST) > 0) {
            return Optional.empty();
        }
        return Optional.of(new ReplayWindow(start, end));
    }

    /** The query string that names this window: {@code from=<epoch ms>&to=<epoch ms>}. */
    public String query() {
        return "from=" + from.toEpochMilli() + "&to=" + to.toEpochMilli();
    }

    /** How long after the window's start the instant is, in milliseconds (negative before it). */
    public long offsetMillis(Instant at) {
        return Duration.between(from, at).toMillis();
    }

    private static Instant instant(String name, String millis) {
        if (millis == null || millis.isBlank()) {
            throw Problem.invalid("Give both from and to (epoch milliseconds)");
        }
        long value;
        try {
            value = Long.parseLong(millis.strip());
        } catch (NumberFormatException e) {
            throw Problem.invalid(name + " must be a time in epoch milliseconds");
        }
        if (!inRange(value)) {
            throw Problem.invalid(name + " must be a time between 1970 and 9999 in epoch milliseconds");
        }
        return Instant.ofEpochMilli(value);
    }

    private static boolean inRange(Instant at) {
        return !at.isBefore(Instant.EPOCH) && at.toEpochMilli() <= LAST_MILLI;
    }

    private static boolean inRange(long millis) {
        return millis >= 0 && millis <= LAST_MILLI;
    }
}
