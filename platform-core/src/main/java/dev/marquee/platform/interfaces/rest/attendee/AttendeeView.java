package dev.marquee.platform.interfaces.rest.attendee;

import dev.marquee.platform.domain.model.attendee.Attendee;
import dev.marquee.platform.domain.model.attendee.AttendeeStatus;

import java.time.Instant;

/** An attendee as organizers see them. */
public record AttendeeView(long id, String email, String firstName, String lastName, String displayName,
                           AttendeeStatus status, long tickets, Instant createdAt) {

    static AttendeeView of(Attendee a, long tickets) {
        return new AttendeeView(a.id(), a.email(), a.firstName(), a.lastName(), a.displayName(), a.status(), tickets,
                a.createdAt());
    }
}
