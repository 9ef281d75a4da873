package dev.marquee.platform.application.attendee;

import dev.marquee.platform.domain.model.attendee.Attendee;
import dev.marquee.platform.domain.model.attendee.AttendeeRepository;
import dev.marquee.platform.domain.model.attendee.AttendeeStatus;
import dev.marquee.platform.spi.audience.EventPerson;
import dev.marquee.platform.spi.audience.PeopleDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Optional;

/**
 * Core's {@link PeopleDirectory}: the event's {@link AttendeeStatus#ACTIVE} attendees from the
 * {@link AttendeeRepository}, by subject and display name; their emails stay here.
 */
@ApplicationScoped
public class DefaultPeopleDirectory implements PeopleDirectory {

    @Inject
    AttendeeRepository attendees;

    @Override
    @Transactional
    public List<EventPerson> activeAttendees(long eventId) {
        return attendees.ofEvent(eventId).stream().filter(a -> a.status() == AttendeeStatus.ACTIVE)
                .map(DefaultPeopleDirectory::person).toList();
    }

    @Override
    @Transactional
    public Optional<EventPerson> activeAttendee(long eventId, String subject) {
        return Attendee.idOf(subject).flatMap(attendees::find)
                .filter(a -> a.status() == AttendeeStatus.ACTIVE && a.event().id() == eventId)
                .map(DefaultPeopleDirectory::person);
    }

    private static EventPerson person(Attendee attendee) {
        return new EventPerson(attendee.subject(), attendee.displayName());
    }
}
