package dev.marquee.plugin.chat.replay;

import dev.marquee.platform.spi.web.Problem;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReplayWindowTest {

    private static final Instant START = Instant.parse("2026-05-04T10:00:00Z");
    private static final long MS = START.toEpochMilli();

    @Test
    void anAddressReadsBackAsTheWindowItNames() {
        ReplayWindow w = ReplayWindow.parse(String.valueOf(MS), String.valueOf(MS + 3_600_000));
        assertThat(w.from()).isEqualTo(START);
        assertThat(w.to()).isEqualTo(START.plus(Duration.ofHours(1)));
        assertThat(w.query()).isEqualTo("from=" + MS + "&to=" + (MS + 3_600_000));
    }

    @Test
    void offsetsCountWholeMillisecondsFromTheStart() {
        ReplayWindow w = new ReplayWindow(START, START.plusSeconds(60));
        assertThat(w.offsetMillis(START)).isZero();
        assertThat(w.offsetMillis(START.plusMillis(12_345))).isEqualTo(12_345);
        assertThat(w.offsetMillis(START.plusNanos(2_999_999))).isEqualTo(2);
    }

    @Test
    void exactlyADayIsAllowedAndAMillisecondMoreIsNot() {
        assertThat(ReplayWindow.parse(String.valueOf(MS), String.valueOf(MS + 86_400_000)).to())
                .isEqualTo(START.plus(Duration.ofDays(1)));
        assertRefused(String.valueOf(MS), String.valueOf(MS + 86_400_001), "24 hours");
    }

    @Test
    void reversedMissingAndBadNumbersAreRefused() {
        assertRefused(String.valueOf(MS), String.valueOf(MS - 1), "before");
        assertRefused(null, String.valueOf(MS), "from and to");
        assertRefused(String.valueOf(MS), " ", "from and to");
        assertRefused("yesterday", String.valueOf(MS), "from must be");
        assertRefused(String.valueOf(MS), "1e12", "to must be");
        assertRefused("-1", String.valueOf(MS), "between 1970 and 9999");
        assertRefused(String.valueOf(Long.MAX_VALUE), String.valueOf(Long.MAX_VALUE), "between 1970 and 9999");
        assertThat(ReplayWindow.parse(String.valueOf(MS), String.valueOf(MS)).from()).isEqualTo(START);
    }

    @Test
    void theProviderOnlyHandsOutWindowsTheLogServes() {
        assertThat(ReplayWindow.servable(START.plusNanos(1_500_000), START.plusSeconds(90)))
                .hasValueSatisfying(w -> {
                    assertThat(w.from()).isEqualTo(START.plusMillis(1));
                    assertThat(w.to()).isEqualTo(START.plusSeconds(90));
                });
        assertThat(ReplayWindow.servable(START, START.plus(Duration.ofHours(25)))).isEmpty();
        assertThat(ReplayWindow.servable(START, START.minusSeconds(1))).isEmpty();
        assertThat(ReplayWindow.servable(Instant.EPOCH.minusSeconds(1), START)).isEmpty();
        assertThat(ReplayWindow.servable(null, START)).isEmpty();
    }

    private static void assertRefused(String from, String to, String detail) {
        assertThatThrownBy(() -> ReplayWindow.parse(from, to)).isInstanceOfSatisfying(Problem.class, p -> {
            assertThat(p.kind()).isEqualTo(Problem.Kind.INVALID);
            assertThat(p.getMessage()).contains(detail);
        });
    }
}
