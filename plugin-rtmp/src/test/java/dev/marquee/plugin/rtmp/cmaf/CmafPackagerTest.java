package dev.marquee.plugin.rtmp.cmaf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CmafPackagerTest {

    private final Recorder out = new Recorder();
    private final CmafPackager packager = new CmafPackager("test", CmafSettings.defaults(), () -> 1_000_000L, out);
    private final SyntheticStream stream = new SyntheticStream(packager);

    @Test
    void thePictureSizeComesFromTheSps() {
        stream.headers().play(0, 100, 40, 2000);
        packager.end();

        assertThat(out.inits).singleElement().satisfies(init -> {
            assertThat(init.width()).isEqualTo(320);
            assertThat(init.height()).isEqualTo(180);
            assertThat(init.codecs()).isEqualTo("avc1.64000c,mp4a.40.2");
        });
    }

    @Test
    void nothingBeforeTheFirstKeyframeAndPartsAreCutByTimeOnly() {
        stream.headers();
        packager.accept(SyntheticStream.frame(0, false));
        stream.play(40, 4_000, 40, 1_000);
        packager.end();

        assertThat(out.segments).hasSize(2);
        assertThat(out.segments.get(0).startMillis()).isEqualTo(1_000);
        assertThat(out.segments.get(0).durationMicros()).isEqualTo(1_000_000); // 1000..2000: the grid point at 2 s
        for (Recorder.TimedPart p : out.parts) {
            long startMillis = Mp4Boxes.decodeTimes(p.part().bytes()).get(0)[1] / 90;
            assertThat(p.part().independent()).as("part at %d ms", startMillis).isEqualTo(p.part().index() == 0);
            assertThat(p.part().durationMicros()).isLessThanOrEqualTo(250_000);
        }
        for (CmafSegment segment : out.segments) {
            List<CmafPart> parts = segment.parts();
            for (CmafPart part : parts.subList(0, parts.size() - 1)) {
                assertThat(part.durationMicros()).as("85%% of the target but the last").isGreaterThanOrEqualTo(212_500);
            }
        }
    }

    @Test
    void segmentsStartAtTheFirstKeyframeOnOrAfterEachGridPoint() {
        stream.headers().play(0, 9_000, 20, 1_500);
        packager.end();

        assertThat(out.segments).extracting(CmafSegment::startMillis).containsExactly(0L, 3_000L, 4_500L, 6_000L);
        assertThat(out.segments.get(3).durationMicros()).as("7.5 s is not past the next grid point").isEqualTo(3_000_000);
        assertThat(out.segments).allSatisfy(s -> assertThat(s.independent()).isTrue());
    }

    @Test
    void longGopsMakeSegmentsUpToTheTargetDurationThenCutWithoutAKeyframe() {
        stream.headers().play(0, 10_000, 40, 5_000);
        packager.end();

        List<Long> durations = out.segments.stream().map(CmafSegment::durationMicros).toList();
        assertThat(durations).allSatisfy(d -> assertThat(d).isLessThanOrEqualTo(3_000_000));
        assertThat(out.segments.get(0).independent()).isTrue();
        assertThat(out.segments.get(1).independent()).isFalse();
        assertThat(out.parts).allSatisfy(p -> assertThat(p.part().durationMicros()).isLessThanOrEqualTo(250_000));
    }

    @Test
    void audioOnlyIsCutByTime() {
        packager.accept(SyntheticStream.aacHeader(0));
        for (double t = 0; t < 4_500; t += 1024 * 1000.0 / 44_100) {
            packager.accept(SyntheticStream.aac((int) t));
        }
        packager.end();

        assertThat(out.inits.get(0).codecs()).isEqualTo("mp4a.40.2");
        assertThat(out.segments).hasSize(3);
        assertThat(out.parts).allSatisfy(p -> {
            assertThat(p.part().durationMicros()).isLessThanOrEqualTo(250_000);
            assertThat(p.part().independent()).isTrue();
        });
        long ticks = 0;
        for (Recorder.TimedPart p : out.parts) {
            assertThat(Mp4Boxes.decodeTimes(p.part().bytes()).get(0)[1]).isEqualTo(ticks);
            ticks += Mp4Boxes.duration(p.part().bytes(), 2);
        }
    }

    @Test
    void aNewDecoderConfigurationStartsANewInitSegmentAndADiscontinuity() {
        stream.headers().play(0, 2_520, 40, 1_000);
        byte[] other = SyntheticStream.AVC_HEADER.clone();
        other[other.length - 1] = 1;
        packager.accept(new dev.marquee.plugin.rtmp.media.MediaPacket(
                dev.marquee.plugin.rtmp.media.MediaPacket.Kind.VIDEO, 2_520, other));
        stream.play(2_520, 5_000, 40, 1_000);
        packager.end();

        assertThat(out.inits).extracting(CmafInit::version).containsExactly(0, 1);
        CmafSegment changed = out.segments.stream().filter(CmafSegment::discontinuity).findFirst().orElseThrow();
        assertThat(changed.startMillis()).isEqualTo(3_000);
        assertThat(changed.initVersion()).isEqualTo(1);
        assertThat(out.segments.get(1).durationMicros()).as("frames up to the change kept, those after it wait for its keyframe").isEqualTo(520_000);
    }

    @Test
    void aTimestampJumpIsADiscontinuityAndTheClockGoesOn() {
        stream.headers().play(0, 2_100, 40, 1_000);
        stream.play(60_000, 63_000, 40, 1_000);
        packager.end();

        CmafSegment jumped = out.segments.stream().filter(CmafSegment::discontinuity).findFirst().orElseThrow();
        assertThat(jumped.startMillis()).isBetween(2_100L, 2_300L);
    }

    @Test
    void programDateTimeFollowsTheLeastDelayedPacket() {
        long[] now = {5_000_000};
        Recorder timed = new Recorder();
        CmafPackager p = new CmafPackager("t", CmafSettings.defaults(), () -> now[0], timed);
        p.accept(SyntheticStream.avcHeader(0));
        // a burst: 2 s of cached packets arrive at once, then the stream goes on in real time
        for (int t = 0; t < 2_000; t += 40) {
            p.accept(SyntheticStream.frame(t, t % 2000 == 0));
        }
        for (int t = 2_000; t < 4_100; t += 40) {
            now[0] += 40;
            p.accept(SyntheticStream.frame(t, t % 2000 == 0));
        }
        p.end();

        assertThat(timed.segments.get(1).programDateTimeMillis()).isEqualTo(5_000_040); // when frame 2000 came
    }
}
