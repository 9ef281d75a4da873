package dev.marquee.plugin.chat.group;

import dev.marquee.platform.spi.web.Problem;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GroupRulesTest {

    @Test
    void pickedPeopleComeOnceWithoutTheCreator() {
        assertThat(GroupRules.picked(Arrays.asList("attendee:2", "attendee:1", "attendee:2", " ", null, "attendee:3"),
                "attendee:1", 20)).containsExactly("attendee:2", "attendee:3");
    }

    @Test
    void aGroupNeedsSomeoneElseAndHasACap() {
        assertThatThrownBy(() -> GroupRules.picked(List.of("attendee:1"), "attendee:1", 20))
                .isInstanceOf(Problem.class).hasMessageContaining("at least one");
        assertThatThrownBy(() -> GroupRules.picked(null, "attendee:1", 20)).isInstanceOf(Problem.class);
        List<String> twenty = Collections.nCopies(20, "x").stream().map(x -> "attendee:" + Math.random()).toList();
        assertThatThrownBy(() -> GroupRules.picked(twenty, "attendee:1", 20))
                .isInstanceOf(Problem.class).hasMessageContaining("at most 20");
        assertThat(GroupRules.picked(twenty.subList(0, 19), "attendee:1", 20)).hasSize(19);
    }

    @Test
    void namesArePlainTextOnOneLineAndShort() {
        assertThat(GroupRules.name("  Lunch\n\tcrew \u202E ")).isEqualTo("Lunch crew");
        assertThat(GroupRules.name("<b>Team</b>")).isEqualTo("<b>Team</b>");
        assertThat(GroupRules.name("   ")).isNull();
        assertThat(GroupRules.name(null)).isNull();
        assertThat(GroupRules.name("👋".repeat(100))).isEqualTo("👋".repeat(GroupRules.MAX_NAME));
    }
}
