package dev.marquee.platform.spi.ticketing;

/**
 * Where a {@link TicketSource} reports what it read, record by record.
 *
 * @since 0.1.0
 */
public interface TicketSink {

    void accept(TicketRecord record);

    /** A row that cannot be imported, with its line in the source and why. */
    void reject(long line, String reason);
}
