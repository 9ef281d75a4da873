package dev.marquee.platform.interfaces.rest.security;

import dev.marquee.platform.application.Caller;
import dev.marquee.platform.application.access.AccessPolicy;
import dev.marquee.platform.application.access.PersonIds;
import dev.marquee.platform.application.access.StageAdmission;
import dev.marquee.platform.domain.model.event.Event;
import dev.marquee.platform.domain.model.event.EventAccess;
import dev.marquee.platform.domain.model.stage.Stage;
import dev.marquee.platform.domain.model.stage.StageRepository;
import dev.marquee.platform.infrastructure.security.PlatformSecret;
import dev.marquee.platform.spi.auth.Role;
import dev.marquee.platform.spi.stage.StageVisitor;
import dev.marquee.platform.spi.web.Problem;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Core's StageAccess on a TICKETED stage 12 of event 3 and a PUBLIC stage 22 of event 4. */
class DefaultStageAccessTest {

    private static final PersonIds IDS = new PersonIds(new PlatformSecret("a test secret that is long enough for hmac keys"));

    private final DefaultStageAccess access = new DefaultStageAccess();

    DefaultStageAccessTest() {
        Stage ticketed = stage(3, EventAccess.TICKETED, 12);
        Stage open = stage(4, EventAccess.PUBLIC, 22);
        StageAdmission admission = new StageAdmission();
        AccessPolicy policy = new AccessPolicy();
        set(admission, "access", policy);
        set(admission, "stages", new StageRepository() {
            @Override
            public Optional<Stage> find(long id) {
                return id == 12 ? Optional.of(ticketed) : id == 22 ? Optional.of(open) : Optional.empty();
            }

            @Override
            public List<Stage> ofEvent(long eventId) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Optional<Stage> findBySlug(long eventId, String slug) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Stage add(Stage added) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void remove(Stage removed) {
                throw new UnsupportedOperationException();
            }
        });
        access.admission = admission;
        access.policy = policy;
        access.ids = IDS;
        access.caller = new CurrentCaller();
    }

    private static Stage stage(long eventId, EventAccess kind, long stageId) {
        Event event = new Event("ev" + eventId, "Event " + eventId, null, ZoneId.of("UTC"), kind, Instant.EPOCH);
        set(event, "id", eventId);
        Stage stage = new Stage(event, "main", "Main hall", 0, "rtmp", Map.of(), Instant.EPOCH);
        set(stage, "id", stageId);
        return stage;
    }

    private static void set(Object target, String name, Object value) {
        try {
            Field field = target.getClass().getDeclaredField(name);
            field.setAccessible(true);
            field.set(target, value);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private void callerIs(Caller who) {
        access.caller.set(who);
    }

    private static Caller attendee(long eventId) {
        return new Caller("attendee:9", "Ada", null, Set.of(Role.VIEWER), eventId, 6L);
    }

    private static Caller hostOf(long eventId, long stageId) {
        return new Caller("account:2", "Hal", "hal@example.org", Set.of(), null, 7L,
                List.of(new Caller.Grant(Role.HOST, eventId, stageId)));
    }

    private static Caller organizer() {
        return new Caller("account:1", "Olga", "olga@example.org", Set.of(Role.ORGANIZER), null, 5L);
    }

    private static Problem.Kind refusal(Runnable call) {
        try {
            call.run();
        } catch (Problem p) {
            return p.kind();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void anAttendeeWatchesWithoutLeading() {
        callerIs(attendee(3));

        StageVisitor visitor = access.viewer(12);

        assertThat(visitor).isEqualTo(new StageVisitor(12, 3, "attendee:9", IDS.of("attendee:9"), "Ada", false, false));
        assertThat(access.signedIn(12)).isEqualTo(visitor);
        assertThat(access.organizes(3)).isFalse();
    }

    @Test
    void aHostOfTheStageLeadsItButDoesNotOrganize() {
        callerIs(hostOf(3, 12));

        assertThat(access.signedIn(12).leads()).isTrue();
        assertThat(access.organizes(3)).isFalse();
    }

    @Test
    void anOrganizerLeadsAndOrganizes() {
        callerIs(organizer());

        assertThat(access.signedIn(12).leads()).isTrue();
        assertThat(access.organizes(3)).isTrue();
    }

    @Test
    void anAnonymousVisitorReadsAPublicStageAsAGuestOfTheRequest() {
        StageVisitor first = access.viewer(22);
        StageVisitor second = access.viewer(22);

        assertThat(first.subject()).startsWith("guest:").isNotEqualTo(second.subject());
        assertThat(first.personId()).isEqualTo(IDS.of(first.subject()));
        assertThat(first.displayName()).isEqualTo("viewer");
        assertThat(first.leads()).isFalse();
        assertThat(first.guest()).isTrue();
        assertThat(first.eventId()).isEqualTo(4);
    }

    @Test
    void aGuestCookiesIdMakesTheAnonymousVisitorThatGuest() {
        StageVisitor guest = access.viewer(22, "g".repeat(22));

        assertThat(guest.subject()).isEqualTo("guest:" + "g".repeat(22));
        assertThat(guest.guest()).isTrue();
        assertThat(access.viewer(22, null).subject()).startsWith("guest:").isNotEqualTo(guest.subject());

        callerIs(attendee(4));
        assertThat(access.viewer(22, "g".repeat(22)).subject()).isEqualTo("attendee:9");
        assertThat(refusal(() -> access.viewer(12, "g".repeat(22)))).isEqualTo(Problem.Kind.FORBIDDEN);
    }

    @Test
    void refusalsAreTheRestApis() {
        assertThat(refusal(() -> access.viewer(12))).isEqualTo(Problem.Kind.NOT_SIGNED_IN);
        assertThat(refusal(() -> access.viewer(99))).isEqualTo(Problem.Kind.NOT_FOUND);
        assertThat(refusal(() -> access.signedIn(22))).isEqualTo(Problem.Kind.NOT_SIGNED_IN);
        assertThat(refusal(() -> access.signedIn(99))).isEqualTo(Problem.Kind.NOT_SIGNED_IN);
        assertThat(access.organizes(3)).isFalse();

        callerIs(attendee(4));
        assertThat(refusal(() -> access.viewer(12))).isEqualTo(Problem.Kind.FORBIDDEN);
        assertThat(refusal(() -> access.signedIn(99))).isEqualTo(Problem.Kind.NOT_FOUND);
    }
}
