package dev.marquee.platform.application;

import dev.marquee.platform.spi.auth.CallerView;
import dev.marquee.platform.spi.auth.Role;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** What plugins see of a caller answers what core's own checks answer. */
class CallerAsViewTest {

    @Test
    void grantsAnswerAsCoresHolds() {
        Caller hal = new Caller("account:2", "Hal", "hal@example.org", Set.of(Role.HOST), null, 7L,
                List.of(new Caller.Grant(Role.HOST, 3, 12L), new Caller.Grant(Role.ORGANIZER, 4, null)));

        CallerView view = hal.asView();

        for (Role role : Role.values()) {
            for (long event : new long[] {3, 4, 5}) {
                for (Long stage : new Long[] {null, 12L, 13L}) {
                    assertThat(view.rolesOn(event, stage).contains(role))
                            .as("%s on event %d stage %s", role, event, stage)
                            .isEqualTo(hal.holds(role, event, stage));
                }
            }
        }
        assertThat(view.subject()).isEqualTo("account:2");
        assertThat(view.displayName()).isEqualTo("Hal");
        assertThat(view.roles()).containsExactly(Role.HOST);
        assertThat(view.sessionId()).contains(7L);
        assertThat(view.signedIn()).isTrue();
    }

    @Test
    void guestsAndNobodyAreNotSignedIn() {
        CallerView guest = Caller.guest("g".repeat(22), "Alice").asView();

        assertThat(guest.subject()).isEqualTo("guest:" + "g".repeat(22));
        assertThat(guest.signedIn()).isFalse();
        assertThat(guest.roles()).containsExactly(Role.VIEWER);
        assertThat(Caller.ANONYMOUS.asView().signedIn()).isFalse();
        assertThat(Caller.ANONYMOUS.asView().subject()).isNull();
    }
}
