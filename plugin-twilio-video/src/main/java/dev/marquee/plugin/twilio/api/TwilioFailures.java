package dev.marquee.plugin.twilio.api;

import com.twilio.exception.ApiException;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

/** What went wrong in a Twilio call, said without credentials (for logs and {@code error} frames). */
public final class TwilioFailures {

    /** The resource does not exist. */
    public static final int NOT_FOUND = 20404;
    /** A room with this unique name is already in progress. */
    public static final int ROOM_EXISTS = 53113;
    /** The room is no longer in progress. */
    public static final int ROOM_COMPLETED = 53118;
    /** No such room. */
    public static final int ROOM_NOT_FOUND = 53106;
    /** No such participant (or not connected). */
    public static final int PARTICIPANT_NOT_FOUND = 53204;

    private TwilioFailures() {
    }

    /** The Twilio error code, if the failure is Twilio's answer. */
    public static Integer code(Throwable failure) {
        return unwrap(failure) instanceof ApiException api ? api.getCode() : null;
    }

    /** Whether Twilio said "no such room or participant". */
    public static boolean notFound(Throwable failure) {
        Throwable cause = unwrap(failure);
        if (!(cause instanceof ApiException api)) {
            return false;
        }
        Integer code = api.getCode();
        return Integer.valueOf(404).equals(api.getStatusCode()) || code != null
                && (code == NOT_FOUND || code == ROOM_NOT_FOUND || code == PARTICIPANT_NOT_FOUND);
    }

    /** One line: Twilio's code, status and message, or the kind of local failure. */
    public static String describe(Throwable failure) {
        Throwable cause = unwrap(failure);
        if (cause instanceof ApiException api) {
            return "Twilio error " + (api.getCode() == null ? "?" : api.getCode())
                    + (api.getStatusCode() == null ? "" : " (HTTP " + api.getStatusCode() + ")") + ": " + api.getMessage();
        }
        if (cause instanceof TimeoutException) {
            return "Twilio did not answer in time";
        }
        return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    }

    static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
