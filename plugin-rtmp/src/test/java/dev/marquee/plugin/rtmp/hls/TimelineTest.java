package dev.marquee.plugin.rtmp.hls;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TimelineTest {

    private final Timeline timeline = new Timeline();

    @Test
    void startsAtZeroWhateverTheFirstTimestamp() {
        assertThat(timeline.toMillis(5_000_000)).isZero();
        assertThat(timeline.toMillis(5_000_040)).isEqualTo(40);
        assertThat(timeline.jumped()).isFalse();
    }

    @Test
    void crossesThe32BitWrapAndTheSignBitWithoutAJump() {
        timeline.toMillis(0x7fff_fff0);
        assertThat(timeline.toMillis(0x8000_0010)).isEqualTo(0x20);
        assertThat(timeline.jumped()).isFalse();
        Timeline unsigned = new Timeline();
        unsigned.toMillis(0xffff_fff0);
        assertThat(unsigned.toMillis(0x0000_0010)).isEqualTo(0x20);
        assertThat(unsigned.jumped()).isFalse();
    }

    @Test
    void toleratesAudioAndVideoInterleavedSlightlyOutOfOrder() {
        timeline.toMillis(1_000);
        timeline.toMillis(1_040);
        assertThat(timeline.toMillis(1_023)).isEqualTo(23);
        assertThat(timeline.jumped()).isFalse();
        assertThat(timeline.toMillis(1_080)).isEqualTo(80);
    }

    @Test
    void jumpBackwardsOrFarForwardContinuesJustAfterTheLastPosition() {
        timeline.toMillis(60_000);
        timeline.toMillis(62_000);

        assertThat(timeline.toMillis(0)).isEqualTo(2_000 + Timeline.RESUME_GAP_MS);
        assertThat(timeline.jumped()).isTrue();
        assertThat(timeline.toMillis(40)).isEqualTo(2_140);
        assertThat(timeline.jumped()).isFalse();
        assertThat(timeline.toMillis(3_600_000)).isEqualTo(2_240);
        assertThat(timeline.jumped()).isTrue();
    }

    @Test
    void restartTreatsTheNextTimestampAsANewRunEvenIfItLooksContinuous() {
        timeline.toMillis(10);
        timeline.restart();

        assertThat(timeline.toMillis(50)).isEqualTo(Timeline.RESUME_GAP_MS);
        assertThat(timeline.jumped()).isTrue();
    }
}
