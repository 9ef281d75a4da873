package dev.marquee.platform.interfaces.http;

import java.io.IOException;

/**
 * A request body passed its limit while it was read. An {@link IOException}, so it travels through
 * body readers (JSON-B, a CSV parser) like any broken stream; the error mappers look for it among the
 * causes and answer 413.
 */
public class BodyTooLargeException extends IOException {

    private static final long serialVersionUID = 1L;

    private final long limit;

    public BodyTooLargeException(long limit) {
        super("The request body is larger than " + BodyLimits.describe(limit));
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }

    /** The first {@code BodyTooLargeException} among {@code error} and its causes, or null. */
    public static BodyTooLargeException in(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof BodyTooLargeException tooLarge) {
                return tooLarge;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }
}
