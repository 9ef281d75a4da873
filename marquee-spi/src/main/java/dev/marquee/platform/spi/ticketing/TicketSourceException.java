package dev.marquee.platform.spi.ticketing;

/**
 * The source could not be read at all (unreachable, refused, not CSV); the run is recorded as failed.
 *
 * @since 0.1.0
 */
public class TicketSourceException extends Exception {

    public TicketSourceException(String message) {
        super(message);
    }

    public TicketSourceException(String message, Throwable cause) {
        super(message, cause);
    }
}
