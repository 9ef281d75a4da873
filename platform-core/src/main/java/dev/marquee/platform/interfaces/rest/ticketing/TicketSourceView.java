package dev.marquee.platform.interfaces.rest.ticketing;

import dev.marquee.platform.domain.model.ticketing.EventTicketSource;
import dev.marquee.platform.spi.settings.Settings;
import dev.marquee.platform.spi.ticketing.TicketSource;

import java.time.Instant;
import java.util.Map;

/** A ticket source with its settings, secrets (such as an API key header) masked. */
public record TicketSourceView(long id, long eventId, String type, Map<String, Object> settings, Instant nextRunAt) {

    static TicketSourceView of(EventTicketSource source, TicketSource plugin) {
        Map<String, Object> settings = plugin == null ? Map.of()
                : plugin.sourceSettings().masked(Settings.of(source.settings()));
        return new TicketSourceView(source.id(), source.event().id(), source.type(), settings, source.nextRunAt());
    }
}
