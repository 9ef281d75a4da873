package dev.marquee.platform.application.team;

import dev.marquee.platform.spi.web.Problem;
import dev.marquee.platform.spi.auth.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TeamScopeTest {

    @Test
    void invitationsOfferTeamRolesOnly() {
        assertThatCode(() -> TeamScope.check(Role.HOST, 3L)).doesNotThrowAnyException();
        assertThatCode(() -> TeamScope.check(Role.MODERATOR, null)).doesNotThrowAnyException();
        assertThatCode(() -> TeamScope.check(Role.ORGANIZER, null)).doesNotThrowAnyException();
        assertThatThrownBy(() -> TeamScope.check(Role.VIEWER, null)).isInstanceOf(Problem.class);
        assertThatThrownBy(() -> TeamScope.check(Role.SPEAKER, 3L)).isInstanceOf(Problem.class);
        assertThatThrownBy(() -> TeamScope.check(Role.ORGANIZER, 3L)).isInstanceOf(Problem.class)
                .hasMessageContaining("whole event");
    }

    @Test
    void describesTheRoleWithWhereItApplies() {
        assertThat(TeamScope.describe(Role.HOST, "DevDays", "Main")).isEqualTo("host the stage Main of DevDays");
        assertThat(TeamScope.describe(Role.HOST, "DevDays", null)).isEqualTo("host the stages of DevDays");
        assertThat(TeamScope.describe(Role.MODERATOR, "DevDays", null)).isEqualTo("moderate the chat of DevDays");
        assertThat(TeamScope.describe(Role.ORGANIZER, "DevDays", null)).isEqualTo("co-organize DevDays");
    }
}
