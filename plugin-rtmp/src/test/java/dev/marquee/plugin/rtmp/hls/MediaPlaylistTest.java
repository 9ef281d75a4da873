package dev.marquee.plugin.rtmp.hls;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MediaPlaylistTest {

    private final SegmentWindow window = new SegmentWindow(3, HlsSettings::defaultSegmentUri);
    private long now;

    private void add(long durationMillis, boolean discontinuity) {
        now += durationMillis;
        window.add(new byte[] {(byte) durationMillis}, durationMillis, discontinuity, now);
    }

    @Test
    void noPlaylistBeforeTheFirstSegment() {
        assertThat(window.snapshot(false)).isNull();
    }

    @Test
    void targetDurationIsTheCeilingOfTheLongestSegment() {
        add(2_000, false);
        add(2_040, false);
        add(1_960, false);

        assertThat(window.snapshot(false).playlist()).isEqualTo("""
                #EXTM3U
                #EXT-X-VERSION:3
                #EXT-X-TARGETDURATION:3
                #EXT-X-MEDIA-SEQUENCE:0
                #EXTINF:2.000,
                seg-0.ts
                #EXTINF:2.040,
                seg-1.ts
                #EXTINF:1.960,
                seg-2.ts
                """);
    }

    @Test
    void slidingWindowAdvancesMediaAndDiscontinuitySequences() {
        add(2_000, false);
        add(2_000, true);
        add(2_000, false);
        add(2_000, false);
        assertThat(window.snapshot(false).playlist()).contains("#EXT-X-MEDIA-SEQUENCE:1\n")
                .contains("#EXT-X-DISCONTINUITY\n#EXTINF:2.000,\nseg-1.ts\n")
                .doesNotContain("#EXT-X-DISCONTINUITY-SEQUENCE");

        add(2_000, false);

        assertThat(window.snapshot(false).playlist()).isEqualTo("""
                #EXTM3U
                #EXT-X-VERSION:3
                #EXT-X-TARGETDURATION:2
                #EXT-X-MEDIA-SEQUENCE:2
                #EXT-X-DISCONTINUITY-SEQUENCE:1
                #EXTINF:2.000,
                seg-2.ts
                #EXTINF:2.000,
                seg-3.ts
                #EXTINF:2.000,
                seg-4.ts
                """);
    }

    @Test
    void targetDurationKeepsTheLongestSegmentAfterItLeaves() {
        add(6_500, false);
        for (int i = 0; i < 4; i++) {
            add(2_000, false);
        }

        assertThat(window.snapshot(false).targetDurationSeconds()).isEqualTo(7);
    }

    @Test
    void endedPlaylistClosesWithEndlistAndAcceptsOtherUris() {
        add(1_234, false);
        HlsWindow ended = window.snapshot(true);

        assertThat(ended.playlist()).endsWith("#EXTINF:1.234,\nseg-0.ts\n#EXT-X-ENDLIST\n");
        assertThat(MediaPlaylist.render(ended, seq -> "s/" + seq + ".ts?sig=abc"))
                .contains("\ns/0.ts?sig=abc\n");
    }

    @Test
    void segmentsStayDownloadableForAWhileAfterLeavingThePlaylist() {
        for (int i = 0; i < 4; i++) {
            add(2_000, false);
        }
        HlsWindow afterSlide = window.snapshot(false);
        assertThat(afterSlide.playlist()).doesNotContain("seg-0.ts");
        assertThat(afterSlide.segment(0)).isPresent();
        assertThat(afterSlide.segment(3)).isPresent();
        assertThat(afterSlide.segment(4)).isEmpty();

        for (int i = 0; i < 5; i++) {
            add(2_000, false);
        }

        assertThat(window.snapshot(false).segment(0)).isEmpty();
        assertThat(window.snapshot(false).segment(8)).isPresent();
    }

    @Test
    void formatsMillisecondsWithThreeDecimals() {
        StringBuilder text = new StringBuilder();
        MediaPlaylist.appendSeconds(text, 5);
        text.append(' ');
        MediaPlaylist.appendSeconds(text, 12_345);

        assertThat(text).hasToString("0.005 12.345");
        assertThat(MediaPlaylist.ceilSeconds(2_000)).isEqualTo(2);
        assertThat(MediaPlaylist.ceilSeconds(2_001)).isEqualTo(3);
        assertThat(MediaPlaylist.ceilSeconds(0)).isEqualTo(1);
    }
}
