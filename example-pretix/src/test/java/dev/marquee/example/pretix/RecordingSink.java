package dev.marquee.example.pretix;

import dev.marquee.platform.spi.ticketing.TicketRecord;
import dev.marquee.platform.spi.ticketing.TicketSink;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Keeps what a source reports. */
final class RecordingSink implements TicketSink {

    final List<TicketRecord> accepted = new ArrayList<>();
    final List<String> rejected = new ArrayList<>();

    @Override
    public void accept(TicketRecord record) {
        accepted.add(record);
    }

    @Override
    public void reject(long line, String reason) {
        rejected.add(line + ": " + reason);
    }

    Optional<TicketRecord> ticket(String id) {
        return accepted.stream().filter(r -> r.ticketId().equals(id)).findFirst();
    }
}
