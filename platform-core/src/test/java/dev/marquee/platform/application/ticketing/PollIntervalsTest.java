package dev.marquee.platform.application.ticketing;

import dev.marquee.platform.spi.settings.Settings;
import dev.marquee.platform.spi.settings.SettingsSchema;
import dev.marquee.platform.spi.ticketing.TicketSink;
import dev.marquee.platform.spi.ticketing.TicketSource;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

class PollIntervalsTest {

    /** A source whose poll interval is whatever {@code answer} gives for the settings. */
    private static TicketSource answering(Function<Settings, Duration> answer) {
        return new TicketSource() {
            @Override
            public SettingsSchema sourceSettings() {
                return SettingsSchema.of();
            }

            @Override
            public String fetch(Settings settings, String cursor, TicketSink sink) {
                return null;
            }

            @Override
            public String id() {
                return "test-source";
            }

            @Override
            public String displayName() {
                return "Test";
            }

            @Override
            public Duration pollInterval(Settings settings) {
                return answer.apply(settings);
            }
        };
    }

    @Test
    void whatThePluginAsksIsKeptWithinTheBounds() {
        assertThat(PollIntervals.bounded(Duration.ofMinutes(5))).isEqualTo(Duration.ofMinutes(5));
        assertThat(PollIntervals.bounded(Duration.ofSeconds(15))).isEqualTo(Duration.ofSeconds(15));
        assertThat(PollIntervals.bounded(Duration.ofDays(1))).isEqualTo(Duration.ofDays(1));
    }

    @Test
    void tooOftenTooRarelyZeroAndNegativeAreHeldAtTheBounds() {
        assertThat(PollIntervals.bounded(Duration.ofSeconds(1))).isEqualTo(PollIntervals.MIN);
        assertThat(PollIntervals.bounded(Duration.ZERO)).isEqualTo(PollIntervals.MIN);
        assertThat(PollIntervals.bounded(Duration.ofMinutes(-3))).isEqualTo(PollIntervals.MIN);
        assertThat(PollIntervals.bounded(Duration.ofDays(30))).isEqualTo(PollIntervals.MAX);
    }

    @Test
    void theDefaultPollIntervalSettingIsReadAndBounded() {
        TicketSource defaults = new TicketSource() {
            @Override
            public SettingsSchema sourceSettings() {
                return SettingsSchema.of();
            }

            @Override
            public String fetch(Settings settings, String cursor, TicketSink sink) {
                return null;
            }

            @Override
            public String id() {
                return "plain";
            }

            @Override
            public String displayName() {
                return "Plain";
            }
        };
        assertThat(PollIntervals.of(defaults, Settings.of(Map.of("pollInterval", "PT5M")))).isEqualTo(Duration.ofMinutes(5));
        assertThat(PollIntervals.of(defaults, Settings.of(Map.of("pollInterval", "PT1S")))).isEqualTo(PollIntervals.MIN);
        assertThat(PollIntervals.of(defaults, Settings.of(Map.of()))).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void aPluginThatFailsOrAnswersNullGetsTheDefault() {
        assertThat(PollIntervals.of(answering(s -> null), Settings.of(Map.of()))).isEqualTo(PollIntervals.DEFAULT);
        assertThat(PollIntervals.of(answering(s -> {
            throw new IllegalStateException("broken");
        }), Settings.of(Map.of()))).isEqualTo(PollIntervals.DEFAULT);
    }
}
