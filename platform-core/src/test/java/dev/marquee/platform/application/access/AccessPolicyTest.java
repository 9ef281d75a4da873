package dev.marquee.platform.application.access;

import dev.marquee.platform.application.Caller;
import dev.marquee.platform.spi.web.Problem;
import dev.marquee.platform.domain.model.event.Event;
import dev.marquee.platform.domain.model.event.EventAccess;
import dev.marquee.platform.spi.auth.Role;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccessPolicyTest {

    private final AccessPolicy policy = new AccessPolicy();

    private static final Caller ORGANIZER = new Caller("account:1", "Org", "o@x", Set.of(Role.ORGANIZER), null, 1L);
    private static final Caller TICKET_HOLDER = new Caller("attendee:7", "Ann", "a@x", Set.of(Role.VIEWER), 10L, 2L);
    private static final Caller OTHER_EVENT = new Caller("attendee:8", "Bob", "b@x", Set.of(Role.VIEWER), 11L, 3L);

    private static Event event(EventAccess access) {
        Event event = new Event("conf", "Conf", null, ZoneId.of("UTC"), access, Instant.EPOCH);
        try {
            Field id = Event.class.getDeclaredField("id");
            id.setAccessible(true);
            id.set(event, 10L);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
        return event;
    }

    @Test
    void publicEventsAreOpenToEveryone() {
        Event event = event(EventAccess.PUBLIC);
        assertThat(policy.mayWatch(Caller.ANONYMOUS, event)).isTrue();
        assertThat(policy.mayWatch(Caller.guest("g-zoe", "Zoe"), event)).isTrue();
        assertThat(policy.maySee(OTHER_EVENT, event)).isTrue();
    }

    @Test
    void ticketedEventsAreListedButWatchedOnlyByTheirPeople() {
        Event event = event(EventAccess.TICKETED);
        assertThat(policy.maySee(Caller.ANONYMOUS, event)).isTrue();
        assertThat(policy.mayWatch(Caller.ANONYMOUS, event)).isFalse();
        assertThat(policy.mayWatch(Caller.guest("g-zoe", "Zoe"), event)).isFalse();
        assertThat(policy.mayWatch(OTHER_EVENT, event)).isFalse();
        assertThat(policy.mayWatch(TICKET_HOLDER, event)).isTrue();
        assertThat(policy.mayWatch(ORGANIZER, event)).isTrue();
    }

    @Test
    void privateEventsAreHiddenFromEveryoneElse() {
        Event event = event(EventAccess.PRIVATE);
        assertThat(policy.maySee(Caller.ANONYMOUS, event)).isFalse();
        assertThat(policy.maySee(OTHER_EVENT, event)).isFalse();
        assertThat(policy.maySee(TICKET_HOLDER, event)).isTrue();
        assertThat(policy.maySee(ORGANIZER, event)).isTrue();
    }

    @Test
    void refusalsSayWhetherToSignIn() {
        Event event = event(EventAccess.TICKETED);
        assertThatThrownBy(() -> policy.requireWatch(Caller.ANONYMOUS, event))
                .isInstanceOfSatisfying(Problem.class, p -> assertThat(p.kind()).isEqualTo(Problem.Kind.NOT_SIGNED_IN));
        assertThatThrownBy(() -> policy.requireWatch(OTHER_EVENT, event))
                .isInstanceOfSatisfying(Problem.class, p -> assertThat(p.kind()).isEqualTo(Problem.Kind.FORBIDDEN));
        assertThatThrownBy(() -> policy.requireOrganizer(TICKET_HOLDER))
                .isInstanceOfSatisfying(Problem.class, p -> assertThat(p.kind()).isEqualTo(Problem.Kind.FORBIDDEN));
        assertThatThrownBy(() -> policy.requireOrganizer(Caller.ANONYMOUS))
                .isInstanceOfSatisfying(Problem.class, p -> assertThat(p.kind()).isEqualTo(Problem.Kind.NOT_SIGNED_IN));
    }
}
