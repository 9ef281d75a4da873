package dev.marquee.platform.application.attendee;

import dev.marquee.platform.application.Caller;
import dev.marquee.platform.spi.web.Problem;
import dev.marquee.platform.application.signin.SignInService;
import dev.marquee.platform.domain.model.attendee.Attendee;
import dev.marquee.platform.domain.model.attendee.AttendeeRepository;
import dev.marquee.platform.domain.model.event.Event;
import dev.marquee.platform.domain.model.event.EventAccess;
import dev.marquee.platform.spi.auth.Role;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AttendeeSelfServiceTest {

    private final List<Attendee> all = new ArrayList<>();
    private final List<String> endedSubjects = new ArrayList<>();
    private final AttendeeSelfService self = new AttendeeSelfService();

    AttendeeSelfServiceTest() {
        self.attendees = new AttendeeRepository() {
            @Override
            public Optional<Attendee> find(long id) {
                return all.stream().filter(a -> a.id() == id).findFirst();
            }

            @Override
            public Map<String, Long> idsByEmail(long eventId) {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<Attendee> ofEvent(long eventId) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Map<Long, Long> ticketCounts(long eventId) {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<Attendee> withEmail(String email) {
                return all.stream().filter(a -> a.email().equals(email)).toList();
            }

            @Override
            public Attendee add(Attendee attendee) {
                throw new UnsupportedOperationException();
            }
        };
        self.signIns = new SignInService() {
            @Override
            public int endAllOf(String subject, String reason) {
                assertThat(reason).isEqualTo(AttendeeSelfService.SIGNED_OUT_EVERYWHERE);
                endedSubjects.add(subject);
                return 1;
            }
        };
    }

    private Attendee attendee(long id, String email, long eventId, String title) {
        Event event = new Event("e" + eventId, title, null, ZoneId.of("UTC"), EventAccess.TICKETED, Instant.EPOCH);
        Attendee attendee = new Attendee(event, email, "Ada", null, Instant.EPOCH);
        setId(Event.class, event, eventId);
        setId(Attendee.class, attendee, id);
        all.add(attendee);
        return attendee;
    }

    private static void setId(Class<?> type, Object entity, long id) {
        try {
            Field field = type.getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static Caller signedInAs(Attendee attendee) {
        return new Caller(attendee.subject(), attendee.displayName(), attendee.email(), Set.of(Role.VIEWER),
                attendee.event().id(), 99L);
    }

    @Test
    void myEventsAreTheValidTicketsOfMyEmailAcrossEvents() {
        Attendee here = attendee(1, "ada@example.org", 10, "Dev Days");
        attendee(2, "ada@example.org", 20, "Ada's Hack Night");
        attendee(3, "ada@example.org", 30, "Refunded Conf").revoke(Instant.EPOCH);
        attendee(4, "bob@example.org", 10, "Dev Days");

        List<AttendeeSelfService.TicketedEvent> events = self.events(signedInAs(here));

        assertThat(events).extracting(t -> t.event().title()).containsExactly("Ada's Hack Night", "Dev Days");
        assertThat(events).extracting(AttendeeSelfService.TicketedEvent::signedInHere).containsExactly(false, true);
    }

    @Test
    void signingOutEverywhereEndsTheSessionsOfEveryTicketOfMyEmail() {
        Attendee here = attendee(1, "ada@example.org", 10, "Dev Days");
        attendee(2, "ada@example.org", 20, "Hack Night");
        attendee(3, "bob@example.org", 10, "Dev Days");

        assertThat(self.signOutEverywhere(signedInAs(here))).isEqualTo(2);
        assertThat(endedSubjects).containsExactlyInAnyOrder("attendee:1", "attendee:2");
    }

    @Test
    void anOrganizerHasNoTicketsAndSignsOutOnlyThemselves() {
        Caller organizer = new Caller("account:7", "Olga", "olga@example.org", Set.of(Role.ORGANIZER), null, 5L);
        assertThat(self.events(organizer)).isEmpty();
        assertThat(self.signOutEverywhere(organizer)).isEqualTo(1);
        assertThat(endedSubjects).containsExactly("account:7");
    }

    @Test
    void nobodySignedInIsTurnedAway() {
        assertThatThrownBy(() -> self.events(Caller.ANONYMOUS)).isInstanceOf(Problem.class);
        assertThatThrownBy(() -> self.signOutEverywhere(Caller.ANONYMOUS)).isInstanceOf(Problem.class);
    }
}
