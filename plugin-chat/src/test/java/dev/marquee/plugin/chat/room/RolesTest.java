package dev.marquee.plugin.chat.room;

import dev.marquee.platform.spi.auth.CallerView;
import dev.marquee.platform.spi.auth.Role;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The role beside a name on stage 12 of event 3. */
class RolesTest {

    private static CallerView account(Set<Role> roles, CallerView.Grant... grants) {
        return CallerView.builder("account:2").displayName("Hal").roles(roles).sessionId(7L).grants(List.of(grants)).build();
    }

    @Test
    void teamGrantsOfTheEventOrStageCome() {
        assertThat(Roles.of(account(Set.of(), new CallerView.Grant(Role.ORGANIZER, 3, null)), 3, 12, true)).isEqualTo("organizer");
        assertThat(Roles.of(account(Set.of(), new CallerView.Grant(Role.HOST, 3, 12L)), 3, 12, true)).isEqualTo("host");
        assertThat(Roles.of(account(Set.of(), new CallerView.Grant(Role.HOST, 3, null)), 3, 12, true)).isEqualTo("host");
        assertThat(Roles.of(account(Set.of(), new CallerView.Grant(Role.MODERATOR, 3, 12L)), 3, 12, true)).isEqualTo("moderator");
    }

    @Test
    void grantsForOtherStagesOrEventsDoNotCount() {
        assertThat(Roles.of(account(Set.of(), new CallerView.Grant(Role.HOST, 3, 13L)), 3, 12, false)).isEqualTo("viewer");
        assertThat(Roles.of(account(Set.of(), new CallerView.Grant(Role.ORGANIZER, 4, null)), 3, 12, false)).isEqualTo("viewer");
        assertThat(Roles.of(account(Set.of(), new CallerView.Grant(Role.ORGANIZER, 3, 13L)), 3, 12, false))
                .as("an organizer grant for a single stage is not the event's").isEqualTo("viewer");
    }

    @Test
    void withoutAGrantTheSessionsRolesSay() {
        assertThat(Roles.of(account(Set.of(Role.ORGANIZER)), 3, 12, true)).isEqualTo("organizer");
        assertThat(Roles.of(account(Set.of(Role.HOST)), 3, 12, true)).isEqualTo("host");
        assertThat(Roles.of(account(Set.of(Role.SPEAKER)), 3, 12, false)).isEqualTo("speaker");
        assertThat(Roles.of(account(Set.of(Role.SPEAKER)), 3, 12, true)).isEqualTo("moderator");
        assertThat(Roles.of(account(Set.of(Role.VIEWER)))).isEqualTo("viewer");
    }
}
