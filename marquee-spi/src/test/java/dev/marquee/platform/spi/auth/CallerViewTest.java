package dev.marquee.platform.spi.auth;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class CallerViewTest {

    private static CallerView teamMember(List<CallerView.Grant> grants) {
        return CallerView.builder("account:2").displayName("Hal").sessionId(7L).grants(grants).build();
    }

    @Test
    void aGrantForAStageCountsOnThatStageOnly() {
        CallerView hal = teamMember(List.of(new CallerView.Grant(Role.HOST, 3, 12L)));

        assertThat(hal.rolesOn(3, 12L)).containsExactly(Role.HOST);
        assertThat(hal.rolesOn(3, 13L)).isEmpty();
        assertThat(hal.rolesOn(3, null)).isEmpty();
        assertThat(hal.rolesOn(4, 12L)).isEmpty();
    }

    @Test
    void aGrantForTheEventCountsOnEachOfItsStagesAndOnTheEvent() {
        CallerView hal = teamMember(List.of(new CallerView.Grant(Role.ORGANIZER, 3, null),
                new CallerView.Grant(Role.MODERATOR, 3, 12L)));

        assertThat(hal.rolesOn(3, null)).containsExactly(Role.ORGANIZER);
        assertThat(hal.rolesOn(3, 12L)).containsExactlyInAnyOrder(Role.ORGANIZER, Role.MODERATOR);
        assertThat(hal.organizer()).as("an event's organizer does not run the platform").isFalse();
    }

    @Test
    void withoutASessionNoGrantCountsAndNobodyIsSignedIn() {
        CallerView unsigned = CallerView.builder("account:2").grants(List.of(new CallerView.Grant(Role.HOST, 3, null))).build();

        assertThat(unsigned.signedIn()).isFalse();
        assertThat(unsigned.rolesOn(3, null)).isEmpty();
        assertThat(CallerView.ANONYMOUS.signedIn()).isFalse();
        assertThat(CallerView.ANONYMOUS.subject()).isNull();
        assertThat(CallerView.ANONYMOUS.sessionId()).isEmpty();
    }

    @Test
    void anAttendeeBelongsToTheirEventWithTheRolesOfTheirSession() {
        CallerView ada = CallerView.builder("attendee:9").displayName("Ada").roles(Set.of(Role.VIEWER)).eventId(3L)
                .sessionId(6L).build();

        assertThat(ada.signedIn()).isTrue();
        assertThat(ada.eventId()).contains(3L);
        assertThat(ada.sessionId()).contains(6L);
        assertThat(ada.roles()).containsExactly(Role.VIEWER);
        assertThat(ada.organizer()).isFalse();
    }
}
