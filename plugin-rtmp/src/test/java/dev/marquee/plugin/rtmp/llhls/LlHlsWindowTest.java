package dev.marquee.plugin.rtmp.llhls;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marquee.plugin.rtmp.cmaf.CmafPackager;
import dev.marquee.plugin.rtmp.cmaf.CmafSettings;
import dev.marquee.plugin.rtmp.cmaf.SyntheticStream;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LlHlsWindowTest {

    private static final long START = 1_760_000_000_000L;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final LlHlsWindow window = new LlHlsWindow("abc", CmafSettings.defaults(), 6, scheduler);
    private final long[] now = {START};
    private final CmafPackager packager = new CmafPackager("test", CmafSettings.defaults(), () -> now[0], window);
    private final SyntheticStream stream = new SyntheticStream(packager);

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
    }

    @Test
    void noPlaylistBeforeTheFirstPart() {
        stream.headers().play(0, 200, 40, 2_000);
        assertThat(window.snapshot()).isNull();

        stream.play(200, 300, 40, 2_000);

        assertThat(window.snapshot()).isNotNull();
        assertThat(window.snapshot().playlist()).contains("#EXT-X-PART:DURATION=0.24000,URI=\"part-abc-0.0.m4s\",INDEPENDENT=YES\n")
                .endsWith("#EXT-X-PRELOAD-HINT:TYPE=PART,URI=\"part-abc-0.1.m4s\"\n");
    }

    @Test
    void thePlaylistFollowsTheRulesAtEveryPart() {
        stream.headers();
        for (int t = 0; t < 30_000; t += 40) {
            long before = window.snapshot() == null ? -1 : window.snapshot().next()[1];
            now[0] = START + t;
            stream.play(t, t + 40, 40, 2_000);
            LlHlsSnapshot s = window.snapshot();
            if (s != null && s.next()[1] != before) {
                new PlaylistRules(s.playlist()).check();
            }
        }
        PlaylistRules rules = new PlaylistRules(window.snapshot().playlist()).check();

        assertThat(rules.targetDuration).isEqualTo(3);
        assertThat(rules.partTarget).isEqualTo(0.25);
        assertThat(rules.partHoldBack).isEqualTo(0.75);
        assertThat(rules.extinf).hasSize(6).containsOnly(2.0);
        assertThat(rules.mediaSequence).isEqualTo(14 - 6 + 1 - 1);
        // parts only for the segments within three target durations (9 s) of the end
        assertThat(rules.parts.get(0).msn()).isEqualTo(10);
        assertThat(rules.programDateTimes).hasSize(7);
        for (int i = 1; i < rules.programDateTimes.size(); i++) {
            assertThat(Duration.between(rules.programDateTimes.get(i - 1), rules.programDateTimes.get(i)))
                    .isEqualTo(Duration.ofSeconds(2));
        }
        assertThat(rules.lines).contains("#EXT-X-MAP:URI=\"init-abc-0.mp4\"");
    }

    @Test
    void memoryIsBoundedAndRetiredSegmentsStayAWhile() {
        stream.headers().play(0, 120_000, 40, 2_000);
        LlHlsSnapshot s = window.snapshot();

        assertThat(s.segment(s.lastFinished())).isPresent();
        assertThat(s.listed()).hasSize(6);
        assertThat(s.segment(s.lastFinished() - 6)).as("just left the playlist, still downloadable").isPresent();
        assertThat(s.segment(s.lastFinished() - 20)).isEmpty();
        assertThat(s.listed().get(0).sequence() - s.segment(s.lastFinished() - 6).orElseThrow().sequence()).isEqualTo(1);
    }

    @Test
    void theEndIsListedAndNoHintFollows() {
        stream.headers().play(0, 5_000, 40, 2_000);
        packager.end();

        String playlist = window.snapshot().playlist();
        assertThat(playlist).endsWith("#EXT-X-ENDLIST\n").doesNotContain("PRELOAD-HINT");
        assertThat(window.snapshot().reached(99, 0)).isTrue();
    }

    @Test
    void blockingRequestLimits() {
        stream.headers().play(0, 4_500, 40, 2_000);
        LlHlsSnapshot s = window.snapshot(); // segments 0 and 1 done, segment 2 has parts 0 and 1

        assertThat(s.next()).containsExactly(2, 2);
        assertThat(s.reached(2, 1)).isTrue();
        assertThat(s.reached(2, 2)).isFalse();
        assertThat(s.reached(1, -1)).isTrue();
        assertThat(s.reached(2, -1)).isFalse();
        assertThat(s.tooFar(4, 0)).isFalse();
        assertThat(s.tooFar(5, 0)).as("more than two segments ahead").isTrue();
        assertThat(s.tooFar(2, 14)).isFalse();
        assertThat(s.tooFar(2, 15)).as("beyond the advance part limit of 12").isTrue();
        assertThat(s.mayProduce(2, 2)).isTrue();
        assertThat(s.mayProduce(3, 0)).isTrue();
        assertThat(s.mayProduce(1, 8)).as("segment 1 ended with 8 parts").isFalse();
    }
}
