package dev.marquee.platform.spi.ticketing;

/** The source could not be read at all (unreachable, refused, not CSV); the run is recorded as failed. */
public class TicketSourceException extends Exception {

    public TicketSourceException(String message) {
        super(message);
    }

    public TicketSourceException(String message, Throwable cause) {
        super(message, cause);
    }
}
