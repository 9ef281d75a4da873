package dev.marquee.platform.application.attendee;

import dev.marquee.platform.application.Caller;
import dev.marquee.platform.spi.web.Problem;
import dev.marquee.platform.application.signin.SignInService;
import dev.marquee.platform.domain.model.attendee.Attendee;
import dev.marquee.platform.domain.model.attendee.AttendeeRepository;
import dev.marquee.platform.domain.model.attendee.AttendeeStatus;
import dev.marquee.platform.domain.model.event.Event;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Optional;

/**
 * What a signed-in attendee does for themselves. An attendee record belongs to one event; the person
 * behind it is its email address, the one every access code of theirs was mailed to. So "my events"
 * are the events where that address holds a ticket that still admits, and "sign out everywhere" ends
 * the sessions of every attendee record with that address (and, for anyone else, of their subject).
 */
@ApplicationScoped
public class AttendeeSelfService {

    /** Why a session ends when its person signed out everywhere. */
    public static final String SIGNED_OUT_EVERYWHERE = "signed_out_everywhere";

    @Inject
    AttendeeRepository attendees;

    @Inject
    SignInService signIns;

    /** An event the caller holds a ticket for, and whether this session is signed in for it. */
    public record TicketedEvent(Event event, boolean signedInHere) {
    }

    /** The events the signed-in attendee holds tickets for, by title; empty for anyone who is not an attendee. */
    @Transactional
    public List<TicketedEvent> events(Caller caller) {
        requireSignedIn(caller);
        return samePerson(caller).stream().filter(a -> a.status() == AttendeeStatus.ACTIVE)
                .map(a -> new TicketedEvent(a.event(), a.event().id().equals(caller.eventId())))
                .sorted(java.util.Comparator.comparing(t -> t.event().title(), String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /** Ends every session of the caller's person on every device, this one included; returns how many ended. */
    @Transactional
    public int signOutEverywhere(Caller caller) {
        requireSignedIn(caller);
        List<Attendee> records = samePerson(caller);
        if (records.isEmpty()) {
            return signIns.endAllOf(caller.subject(), SIGNED_OUT_EVERYWHERE);
        }
        return records.stream().mapToInt(a -> signIns.endAllOf(a.subject(), SIGNED_OUT_EVERYWHERE)).sum();
    }

    /** Every attendee record of the caller's email address, read from the record they signed in as. */
    private List<Attendee> samePerson(Caller caller) {
        return attendeeId(caller).flatMap(attendees::find)
                .map(signedInAs -> attendees.withEmail(signedInAs.email()))
                .orElse(List.of());
    }

    private static Optional<Long> attendeeId(Caller caller) {
        return Attendee.idOf(caller.subject());
    }

    private static void requireSignedIn(Caller caller) {
        if (!caller.signedIn()) {
            throw Problem.notSignedIn();
        }
    }
}
