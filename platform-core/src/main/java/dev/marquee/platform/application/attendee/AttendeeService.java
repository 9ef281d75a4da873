package dev.marquee.platform.application.attendee;

import dev.marquee.platform.application.Caller;
import dev.marquee.platform.spi.web.Problem;
import dev.marquee.platform.application.access.AccessPolicy;
import dev.marquee.platform.domain.model.attendee.Attendee;
import dev.marquee.platform.domain.model.attendee.AttendeeRepository;
import dev.marquee.platform.domain.model.event.EventRepository;
import dev.marquee.platform.domain.model.mail.OutboxMail;
import dev.marquee.platform.domain.model.mail.OutboxRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Map;

/** The attendees of events. */
@ApplicationScoped
public class AttendeeService {

    @Inject
    AttendeeRepository attendees;

    @Inject
    EventRepository events;

    @Inject
    AccessPolicy access;

    @Inject
    OutboxRepository outbox;

    /** An event's attendees, how many tickets each holds and the latest mail sent to each. */
    public record Roster(List<Attendee> attendees, Map<Long, Long> ticketCounts, Map<Long, OutboxMail> latestMails) {
    }

    public Roster roster(Caller caller, long eventId) {
        access.requireOrganizerOf(caller, eventId);
        events.find(eventId).orElseThrow(() -> Problem.notFound("Event " + eventId));
        return new Roster(attendees.ofEvent(eventId), attendees.ticketCounts(eventId), outbox.latestByAttendee(eventId));
    }
}
