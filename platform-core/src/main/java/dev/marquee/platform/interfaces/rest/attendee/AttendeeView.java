package dev.marquee.platform.interfaces.rest.attendee;

import dev.marquee.platform.domain.model.attendee.Attendee;
import dev.marquee.platform.domain.model.attendee.AttendeeStatus;
import dev.marquee.platform.domain.model.mail.OutboxMail;

import java.time.Instant;

/**
 * An attendee as organizers see them, with the state of the latest email to them
 * ({@code PENDING}, {@code SENDING}, {@code SENT}, {@code FAILED}, or null if none).
 */
public record AttendeeView(long id, String email, String firstName, String lastName, String displayName,
                           AttendeeStatus status, long tickets, Instant createdAt, String emailStatus,
                           Instant emailSentAt, String emailError) {

    static AttendeeView of(Attendee a, long tickets, OutboxMail mail) {
        return new AttendeeView(a.id(), a.email(), a.firstName(), a.lastName(), a.displayName(), a.status(), tickets,
                a.createdAt(), mail == null ? null : mail.status().name(), mail == null ? null : mail.sentAt(),
                mail == null ? null : mail.lastError());
    }
}
