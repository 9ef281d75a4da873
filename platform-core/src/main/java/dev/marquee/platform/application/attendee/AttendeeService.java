package dev.marquee.platform.application.attendee;

import dev.marquee.platform.application.Caller;
import dev.marquee.platform.application.Problem;
import dev.marquee.platform.application.access.AccessPolicy;
import dev.marquee.platform.domain.model.attendee.Attendee;
import dev.marquee.platform.domain.model.attendee.AttendeeRepository;
import dev.marquee.platform.domain.model.event.EventRepository;
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

    /** An event's attendees and how many tickets each holds. */
    public record Roster(List<Attendee> attendees, Map<Long, Long> ticketCounts) {
    }

    public Roster roster(Caller caller, long eventId) {
        access.requireOrganizer(caller);
        events.find(eventId).orElseThrow(() -> Problem.notFound("Event " + eventId));
        return new Roster(attendees.ofEvent(eventId), attendees.ticketCounts(eventId));
    }
}
