package dev.marquee.platform.interfaces.rest.event;

import dev.marquee.platform.application.event.EmbedOrigins;
import dev.marquee.platform.domain.model.event.Event;
import dev.marquee.platform.domain.model.event.EventAccess;
import dev.marquee.platform.interfaces.rest.branding.BrandingView;

import java.util.List;

/**
 * An event as the API shows it; {@code branding} is left out when the event has none; {@code embedOrigins}
 * lists the origins that may frame its player page (empty: Marquee's own pages only); {@code maxConcurrentStreams}
 * is how many streams one person may play at once (null: no limit).
 */
public record EventView(long id, String slug, String title, String description, String timezone,
                        EventAccess access, Integer recordingRetentionDays, BrandingView branding,
                        List<String> embedOrigins, Integer maxConcurrentStreams) {

    public static EventView of(Event event) {
        return new EventView(event.id(), event.slug(), event.title(), event.description(), event.zone().getId(),
                event.access(), event.recordingRetentionDays(), BrandingView.of(event),
                EmbedOrigins.split(event.embedOrigins()), event.maxConcurrentStreams());
    }
}
