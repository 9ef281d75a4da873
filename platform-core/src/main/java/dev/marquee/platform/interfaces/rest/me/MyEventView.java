package dev.marquee.platform.interfaces.rest.me;

import dev.marquee.platform.application.attendee.AttendeeSelfService.TicketedEvent;
import dev.marquee.platform.domain.model.event.EventAccess;

/**
 * An event the caller holds a ticket for: where it is ({@code /e/{slug}}) and whether this browser's
 * sign-in is for it ({@code signedInHere}; for the others the attendee signs in with that event's code).
 */
public record MyEventView(long id, String slug, String title, String description, EventAccess access,
                          boolean signedInHere) {

    public static MyEventView of(TicketedEvent ticketed) {
        var e = ticketed.event();
        return new MyEventView(e.id(), e.slug(), e.title(), e.description(), e.access(), ticketed.signedInHere());
    }
}
