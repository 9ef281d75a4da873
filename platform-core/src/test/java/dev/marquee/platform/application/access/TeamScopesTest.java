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
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Roles granted per event and per stage, as {@link AccessPolicy} reads them. */
class TeamScopesTest {

    private static final long EVENT = 10L;
    private static final long OTHER_EVENT = 11L;
    private static final long STAGE_A = 100L;
    private static final long STAGE_B = 101L;

    private final AccessPolicy policy = new AccessPolicy();

    private static Caller account(Caller.Grant... grants) {
        return new Caller("account:5", "Team", "t@x", Set.of(), null, 9L, List.of(grants));
    }

    private static final Caller PLATFORM_ORGANIZER = new Caller("account:1", "Org", "o@x", Set.of(Role.ORGANIZER), null, 1L);
    private static final Caller CO_ORGANIZER = account(new Caller.Grant(Role.ORGANIZER, EVENT, null));
    private static final Caller HOST_OF_A = account(new Caller.Grant(Role.HOST, EVENT, STAGE_A));
    private static final Caller EVENT_MODERATOR = account(new Caller.Grant(Role.MODERATOR, EVENT, null));
    private static final Caller TICKET_HOLDER = new Caller("attendee:7", "Ann", "a@x", Set.of(Role.VIEWER), EVENT, 2L);

    @Test
    void aHostOfOneStageModeratesThatStageOnly() {
        assertThat(policy.mayModerate(HOST_OF_A, EVENT, STAGE_A)).isTrue();
        assertThat(policy.mayModerate(HOST_OF_A, EVENT, STAGE_B)).isFalse();
        assertThat(policy.mayModerate(HOST_OF_A, OTHER_EVENT, STAGE_A)).isFalse();
        assertThat(policy.mayOrganize(HOST_OF_A, EVENT)).isFalse();
    }

    @Test
    void anEventModeratorModeratesEveryStageOfItsEvent() {
        assertThat(policy.mayModerate(EVENT_MODERATOR, EVENT, STAGE_A)).isTrue();
        assertThat(policy.mayModerate(EVENT_MODERATOR, EVENT, STAGE_B)).isTrue();
        assertThat(policy.mayModerate(EVENT_MODERATOR, OTHER_EVENT, 200L)).isFalse();
        assertThat(policy.mayOrganize(EVENT_MODERATOR, EVENT)).isFalse();
    }

    @Test
    void aCoOrganizerRunsTheirEventOnlyAndNotThePlatform() {
        assertThat(policy.mayOrganize(CO_ORGANIZER, EVENT)).isTrue();
        assertThat(policy.mayModerate(CO_ORGANIZER, EVENT, STAGE_B)).isTrue();
        assertThat(policy.mayOrganize(CO_ORGANIZER, OTHER_EVENT)).isFalse();
        assertThat(policy.mayUseConsole(CO_ORGANIZER)).isTrue();
        assertThatThrownBy(() -> policy.requireOrganizerOf(CO_ORGANIZER, OTHER_EVENT))
                .isInstanceOfSatisfying(Problem.class, p -> assertThat(p.kind()).isEqualTo(Problem.Kind.FORBIDDEN));
        assertThatThrownBy(() -> policy.requireOrganizer(CO_ORGANIZER))
                .isInstanceOfSatisfying(Problem.class, p -> assertThat(p.kind()).isEqualTo(Problem.Kind.FORBIDDEN));
    }

    @Test
    void platformOrganizersRunEveryEventAndStage() {
        assertThat(policy.mayOrganize(PLATFORM_ORGANIZER, OTHER_EVENT)).isTrue();
        assertThat(policy.mayModerate(PLATFORM_ORGANIZER, OTHER_EVENT, STAGE_B)).isTrue();
    }

    @Test
    void attendeesAndAnonymousVisitorsLeadNothing() {
        assertThat(policy.mayModerate(TICKET_HOLDER, EVENT, STAGE_A)).isFalse();
        assertThat(policy.mayOrganize(TICKET_HOLDER, EVENT)).isFalse();
        assertThat(policy.mayModerate(Caller.ANONYMOUS, EVENT, STAGE_A)).isFalse();
        assertThat(policy.mayUseConsole(HOST_OF_A)).isTrue();
        assertThat(policy.mayUseConsole(TICKET_HOLDER)).isFalse();
        assertThatThrownBy(() -> policy.requireOrganizerOf(Caller.ANONYMOUS, EVENT))
                .isInstanceOfSatisfying(Problem.class, p -> assertThat(p.kind()).isEqualTo(Problem.Kind.NOT_SIGNED_IN));
    }

    @Test
    void aGrantWithoutItsSessionCountsForNothing() {
        Caller signedOut = new Caller("account:5", "Team", "t@x", Set.of(), null, null,
                List.of(new Caller.Grant(Role.ORGANIZER, EVENT, null)));
        assertThat(policy.mayOrganize(signedOut, EVENT)).isFalse();
    }

    @Test
    void theTeamSeesAndWatchesItsPrivateEventButNotOthers() {
        Event event = event(EVENT, EventAccess.PRIVATE);
        Event other = event(OTHER_EVENT, EventAccess.PRIVATE);
        assertThat(policy.maySee(HOST_OF_A, event)).isTrue();
        assertThat(policy.mayWatch(HOST_OF_A, event)).isTrue();
        assertThat(policy.maySee(HOST_OF_A, other)).isFalse();
        assertThat(policy.mayWatch(CO_ORGANIZER, other)).isFalse();
    }

    private static Event event(long id, EventAccess access) {
        Event event = new Event("conf" + id, "Conf", null, ZoneId.of("UTC"), access, Instant.EPOCH);
        try {
            Field field = Event.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(event, id);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
        return event;
    }
}
