package dev.marquee.plugin.rtmp.hls;

import static dev.marquee.plugin.rtmp.hls.SyntheticPackets.aacFrame;
import static dev.marquee.plugin.rtmp.hls.SyntheticPackets.aacSequenceHeader;
import static dev.marquee.plugin.rtmp.hls.SyntheticPackets.avcFrame;
import static dev.marquee.plugin.rtmp.hls.SyntheticPackets.avcSequenceHeader;
import static org.assertj.core.api.Assertions.assertThat;

import dev.marquee.plugin.rtmp.media.MediaPacket;
import dev.marquee.plugin.rtmp.media.MediaPacket.Kind;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HlsSegmenterTest {

    private final HlsSegmenter segmenter = new HlsSegmenter("test", HlsSettings.defaults());

    /** 25 fps video with a keyframe every second and AAC every 23 ms, in timestamp order. */
    private void feed(HlsSegmenter target, int base, int fromMillis, int toMillis) {
        int audio = fromMillis;
        for (int video = fromMillis; video < toMillis; video += 40) {
            for (; audio <= video; audio += 23) {
                target.accept(aacFrame(base + audio));
            }
            target.accept(avcFrame(base + video, video % 1000 == 0, 80, 500));
        }
    }

    private void start(HlsSegmenter target, int base) {
        target.accept(avcSequenceHeader(base));
        target.accept(aacSequenceHeader(base));
    }

    static List<String> extinf(String playlist) {
        Matcher matcher = Pattern.compile("#EXTINF:([0-9.]+),").matcher(playlist);
        return matcher.results().map(m -> m.group(1)).toList();
    }

    @Test
    void noPlaylistUntilTheFirstSegmentIsComplete() {
        start(segmenter, 0);
        feed(segmenter, 0, 0, 2_000);
        assertThat(segmenter.playlist()).isEmpty();
        assertThat(segmenter.segment(0)).isEmpty();

        feed(segmenter, 0, 2_000, 2_040);

        assertThat(segmenter.playlist()).hasValueSatisfying(text -> assertThat(text)
                .startsWith("#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-TARGETDURATION:2\n#EXT-X-MEDIA-SEQUENCE:0\n")
                .endsWith("#EXTINF:2.000,\nseg-0.ts\n"));
        assertThat(segmenter.segment(0)).hasValueSatisfying(bytes -> assertThat(bytes.length % 188).isZero());
    }

    @Test
    void firstSegmentStartsAtTheFirstKeyframeAndSegmentsCutAtKeyframes() {
        start(segmenter, 0);
        segmenter.accept(avcFrame(0, false, 0, 300));
        feed(segmenter, 0, 1_000, 6_500);
        segmenter.end();

        String playlist = segmenter.playlist().orElseThrow();
        assertThat(extinf(playlist)).containsExactly("2.000", "2.000", "1.520");
        assertThat(playlist).endsWith("#EXT-X-ENDLIST\n");
        assertThat(TsPackets.parse(segmenter.segment(0).orElseThrow()).onPid(ProgramTables.VIDEO_PID).get(0)
                .randomAccess()).isTrue();
    }

    @Test
    void audioOnlyStreamIsCutByTime() {
        segmenter.accept(aacSequenceHeader(0));
        for (int t = 0; t < 4_700; t += 23) {
            segmenter.accept(aacFrame(t));
        }

        assertThat(extinf(segmenter.playlist().orElseThrow())).containsExactly("2.001", "2.001");
        TsPackets ts = TsPackets.parse(segmenter.segment(1).orElseThrow());
        assertThat(ts.onPid(ProgramTables.VIDEO_PID)).isEmpty();
        assertThat(ts.onPid(ProgramTables.AUDIO_PID).get(0).hasPcr()).isTrue();
    }

    @Test
    void timestampsStartingNearThe32BitWrapGiveOrdinarySegments() {
        int base = 0xffff_f000;
        start(segmenter, base);
        feed(segmenter, base, 0, 6_040);

        String playlist = segmenter.playlist().orElseThrow();
        assertThat(extinf(playlist)).containsExactly("2.000", "2.000", "2.000");
        assertThat(playlist).doesNotContain("DISCONTINUITY");
    }

    @Test
    void newPublisherStartsADiscontinuity() {
        start(segmenter, 0);
        feed(segmenter, 0, 0, 3_000);
        segmenter.discontinuity();
        start(segmenter, 0);
        feed(segmenter, 0, 0, 2_040);

        String playlist = segmenter.playlist().orElseThrow();
        assertThat(extinf(playlist)).containsExactly("2.000", "1.000", "2.000");
        assertThat(playlist).contains("seg-1.ts\n#EXT-X-DISCONTINUITY\n#EXTINF:2.000,\nseg-2.ts\n");
    }

    @Test
    void timestampsJumpingBackwardsStartADiscontinuity() {
        start(segmenter, 0);
        feed(segmenter, 0, 0, 3_000);
        feed(segmenter, 0, 0, 2_040);

        assertThat(segmenter.playlist().orElseThrow()).contains("#EXT-X-DISCONTINUITY\n#EXTINF:2.000,\nseg-2.ts");
    }

    @Test
    void keyframelessPublisherIsCutAtTheSizeLimit() {
        HlsSegmenter capped = new HlsSegmenter("capped", HlsSettings.defaults().withMaxSegmentBytes(64 * 1024));
        capped.accept(avcSequenceHeader(0));
        capped.accept(avcFrame(0, true, 0, 1_000));
        for (int t = 40; t < 4_000; t += 40) {
            capped.accept(avcFrame(t, false, 0, 10_000));
        }

        String playlist = capped.playlist().orElseThrow();
        assertThat(extinf(playlist)).hasSize(HlsSettings.DEFAULT_WINDOW_SIZE).allMatch(d -> d.startsWith("0."));
        Matcher last = Pattern.compile("seg-(\\d+)\\.ts\n$").matcher(playlist);
        assertThat(last.find()).isTrue();
        assertThat(capped.segment(Long.parseLong(last.group(1))).orElseThrow().length)
                .isBetween(64 * 1024, 64 * 1024 + 11_000);
    }

    @Test
    void lateAudioTrackJoinsAtTheNextSegment() {
        segmenter.accept(avcSequenceHeader(0));
        for (int t = 0; t < 1_000; t += 40) {
            segmenter.accept(avcFrame(t, t == 0, 0, 300));
        }
        segmenter.accept(aacSequenceHeader(1_000));
        feed(segmenter, 0, 1_000, 4_040);

        TsPackets first = TsPackets.parse(segmenter.segment(0).orElseThrow());
        TsPackets second = TsPackets.parse(segmenter.segment(1).orElseThrow());
        assertThat(first.onPid(ProgramTables.AUDIO_PID)).isEmpty();
        assertThat(second.onPid(ProgramTables.AUDIO_PID)).isNotEmpty();
        assertThat(extinf(segmenter.playlist().orElseThrow())).containsExactly("2.000", "2.000");
    }

    @Test
    void otherCodecsAndMetadataAreIgnored() {
        segmenter.accept(SyntheticPackets.metadata(0));
        segmenter.accept(SyntheticPackets.hevcFrame(0));
        segmenter.accept(SyntheticPackets.mp3Frame(0));
        start(segmenter, 0);
        for (int t = 0; t <= 2_000; t += 40) {
            segmenter.accept(SyntheticPackets.hevcFrame(t));
            segmenter.accept(SyntheticPackets.mp3Frame(t));
            segmenter.accept(avcFrame(t, t % 1000 == 0, 0, 300));
        }

        assertThat(extinf(segmenter.playlist().orElseThrow())).containsExactly("2.000");
    }

    @Test
    void malformedFramesAreSkippedAndTheStreamGoesOn() {
        start(segmenter, 0);
        segmenter.accept(new MediaPacket(Kind.VIDEO, 0, new byte[] {0x17, 1, 0, 0, 0, 0, 0, 0x7f}));
        feed(segmenter, 0, 0, 2_040);

        assertThat(segmenter.playlist()).isPresent();
    }

    @Test
    void packetsAfterTheEndAreIgnored() {
        start(segmenter, 0);
        feed(segmenter, 0, 0, 1_000);
        segmenter.end();
        String ended = segmenter.playlist().orElseThrow();

        feed(segmenter, 0, 1_000, 5_000);
        segmenter.end();

        assertThat(segmenter.playlist()).contains(ended);
        assertThat(extinf(ended)).containsExactly("1.000");
    }

    @Test
    void changedAudioConfigurationStartsADiscontinuity() {
        segmenter.accept(aacSequenceHeader(0));
        for (int t = 0; t < 3_000; t += 23) {
            segmenter.accept(aacFrame(t));
        }
        segmenter.accept(new MediaPacket(Kind.AUDIO, 3_000, new byte[] {(byte) 0xaf, 0, 0x11, (byte) 0x88}));
        for (int t = 3_000; t < 5_100; t += 23) {
            segmenter.accept(aacFrame(t));
        }

        assertThat(segmenter.playlist().orElseThrow())
                .endsWith("#EXTINF:0.999,\nseg-1.ts\n#EXT-X-DISCONTINUITY\n#EXTINF:2.001,\nseg-2.ts\n");
    }

    @Test
    void readersSeeWholePlaylistsWhileThePublisherWrites() throws InterruptedException {
        List<Throwable> problems = new CopyOnWriteArrayList<>();
        AtomicBoolean done = new AtomicBoolean();
        Thread reader = new Thread(() -> {
            long lastSequence = -1;
            while (!done.get()) {
                try {
                    String text = segmenter.playlist().orElse(null);
                    if (text != null) {
                        long sequence = mediaSequence(text);
                        assertThat(sequence).isGreaterThanOrEqualTo(lastSequence);
                        assertThat(text).endsWith(".ts\n");
                        lastSequence = sequence;
                    }
                } catch (Throwable problem) {
                    problems.add(problem);
                    return;
                }
            }
        });
        reader.start();
        start(segmenter, 0);
        feed(segmenter, 0, 0, 60_040);
        done.set(true);
        reader.join();

        assertThat(problems).isEmpty();
        assertThat(mediaSequence(segmenter.playlist().orElseThrow())).isEqualTo(24);
    }

    private static long mediaSequence(String playlist) {
        Matcher matcher = Pattern.compile("#EXT-X-MEDIA-SEQUENCE:(\\d+)").matcher(playlist);
        assertThat(matcher.find()).isTrue();
        return Long.parseLong(matcher.group(1));
    }
}
