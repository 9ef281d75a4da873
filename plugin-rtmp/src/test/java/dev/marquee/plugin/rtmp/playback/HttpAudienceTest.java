package dev.marquee.plugin.rtmp.playback;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class HttpAudienceTest {

    private final HttpAudience audience = new HttpAudience(Duration.ofSeconds(6), 3);

    @Test
    void aViewerCountsOnceWhateverItAsksFor() {
        audience.seen(1, "a", 0);
        audience.seen(1, "a", 300);
        audience.seen(1, "b", 500);
        audience.seen(2, "c", 500);

        assertThat(audience.count(1, 1_000)).isEqualTo(2);
        assertThat(audience.counts(1_000)).isEqualTo(Map.of(1L, 2, 2L, 1));
    }

    @Test
    void aViewerThatStopsAskingLeavesTheCountAfterTheWindow() {
        audience.seen(1, "gone", 0);
        audience.seen(1, "stays", 0);
        audience.seen(1, "stays", 5_000);

        assertThat(audience.count(1, 6_000)).isEqualTo(2);
        assertThat(audience.count(1, 6_001)).isEqualTo(1);
        assertThat(audience.count(1, 11_001)).isZero();
        assertThat(audience.counts(11_001)).isEmpty();
    }

    @Test
    void aStageKeepsNoMoreAddressesThanItsLimit() {
        for (int i = 0; i < 100; i++) {
            audience.seen(1, "forged-" + i, 0);
        }
        audience.seen(1, "forged-0", 10);

        assertThat(audience.count(1, 10)).isEqualTo(3);
    }
}
