package dev.marquee.plugin.interaction.rest;

import dev.marquee.platform.spi.web.Problem;
import dev.marquee.plugin.interaction.domain.InteractionSettings;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SettingsInputTest {

    @Test
    void fieldsLeftOutKeepTheirValue() {
        InteractionSettings merged = InteractionSettingsResource.merge(InteractionSettings.DEFAULTS,
                Map.of("qa", Map.of("enabled", true, "premoderated", true)));
        assertThat(merged).isEqualTo(new InteractionSettings(true, true, false, false, false, true,
                InteractionSettings.DEFAULT_SET));
        assertThat(InteractionSettingsResource.merge(merged, Map.of("reactions", Map.of("set", List.of("🎉")))).reactionSet())
                .containsExactly("🎉");
    }

    @Test
    void wrongTypesAndBadSetsAreRefused() {
        assertThatThrownBy(() -> InteractionSettingsResource.merge(InteractionSettings.DEFAULTS,
                Map.of("qa", Map.of("enabled", "yes")))).isInstanceOf(Problem.class).hasMessageContaining("qa.enabled");
        assertThatThrownBy(() -> InteractionSettingsResource.merge(InteractionSettings.DEFAULTS,
                Map.of("reactions", Map.of("set", List.of("ab"))))).isInstanceOf(Problem.class);
        assertThatThrownBy(() -> InteractionSettingsResource.merge(InteractionSettings.DEFAULTS,
                Map.of("polls", true))).isInstanceOf(Problem.class);
    }
}
