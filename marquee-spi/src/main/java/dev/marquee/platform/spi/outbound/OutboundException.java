package dev.marquee.platform.spi.outbound;

/**
 * An outbound request that did not get a response. The message names the problem in words for an
 * organizer (the host, never a path or query, and never anything a foreign server sent).
 *
 * @since 0.1.0
 */
public class OutboundException extends Exception {

    /** What went wrong. */
    public enum Reason {
        /** The URL or a header is not acceptable (scheme, user info, a header with a line break). */
        BAD_REQUEST,
        /** The destination is an internal address that is not allowed. */
        REFUSED,
        /** The host is unknown, refused the connection, or the connection or TLS handshake failed. */
        UNREACHABLE,
        /** No connection or no answer within the time allowed. */
        TIMEOUT,
        /** More than {@link OutboundHttp#MAX_REDIRECTS} redirects. */
        TOO_MANY_REDIRECTS
    }

    private final Reason reason;

    public OutboundException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public OutboundException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
