package dev.marquee.platform.application.ticketing;

import dev.marquee.platform.spi.security.Tokens;
import dev.marquee.platform.spi.ticketing.TicketRecord;

/** A hash of everything an import takes from a row, so an unchanged row is recognised without touching its ticket. */
final class RowFingerprint {

    private RowFingerprint() {
    }

    static String of(TicketRecord r) {
        return Tokens.hash(String.join("\u001f", value(r.ticketId()), value(r.orderId()), value(r.firstName()),
                value(r.lastName()), value(r.email()), value(r.ticketType()), value(r.status()),
                String.valueOf(r.cancelled()), r.purchasedAt() == null ? "" : r.purchasedAt().toString()));
    }

    private static String value(String s) {
        return s == null ? "" : s;
    }
}
