package dev.marquee.plugin.chat.group;

import dev.marquee.platform.spi.audience.EventVisitor;
import dev.marquee.platform.spi.auth.CallerView;
import dev.marquee.platform.spi.auth.RequestCaller;
import dev.marquee.platform.spi.auth.Role;
import dev.marquee.platform.spi.web.Problem;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may use the group chats of event 3 ("Summit", watchable by its attendees) and event 5 ("Closed", which
 * the caller may know of but not watch); event 4 does not exist for the caller.
 */
class GroupAccessTest {

    private final GroupAccess access = new GroupAccess();

    GroupAccessTest() {
        access.request = new RequestCaller() {
            @Override
            public CallerView get() {
                throw new AssertionError("the caller is handed in");
            }

            @Override
            public EventVisitor event(long eventId) {
                if (eventId == 3) {
                    return new EventVisitor(3, "Summit", true);
                }
                if (eventId == 5) {
                    return new EventVisitor(5, "Closed", false);
                }
                throw Problem.notFound("Event " + eventId);
            }
        };
    }

    private static CallerView attendeeOf(long eventId) {
        return CallerView.builder("attendee:9").displayName("Ada").roles(Set.of(Role.VIEWER)).eventId(eventId)
                .sessionId(6L).build();
    }

    private static Problem refusal(Runnable call) {
        try {
            call.run();
        } catch (Problem p) {
            return p;
        }
        throw new AssertionError("not refused");
    }

    @Test
    void anAttendeeOfTheEventAndAnOrganizerMayUseIt() {
        access.requirePersonOf(attendeeOf(3), 3);
        access.requirePersonOf(CallerView.builder("account:1").roles(Set.of(Role.ORGANIZER)).sessionId(5L).build(), 5);
    }

    @Test
    void refusalsSayWhy() {
        assertThat(refusal(() -> access.requirePersonOf(CallerView.ANONYMOUS, 3)).kind()).isEqualTo(Problem.Kind.NOT_SIGNED_IN);
        assertThat(refusal(() -> access.requirePersonOf(attendeeOf(3), 4)).kind()).isEqualTo(Problem.Kind.NOT_FOUND);
        Problem other = refusal(() -> access.requirePersonOf(attendeeOf(7), 3));
        assertThat(other.kind()).isEqualTo(Problem.Kind.FORBIDDEN);
        assertThat(other.getMessage()).isEqualTo("Group chats of Summit are for its people");
        assertThat(refusal(() -> access.requirePersonOf(attendeeOf(5), 5)).kind())
                .as("an attendee who may not watch their event").isEqualTo(Problem.Kind.FORBIDDEN);
    }

    @Test
    void anEventsTeamWithoutAnAttendeesSessionIsNotOfItsPeople() {
        CallerView host = CallerView.builder("account:2").roles(Set.of(Role.HOST)).sessionId(7L)
                .grants(java.util.List.of(new CallerView.Grant(Role.ORGANIZER, 3, null))).build();

        assertThat(refusal(() -> access.requirePersonOf(host, 3)).kind()).isEqualTo(Problem.Kind.FORBIDDEN);
    }
}
