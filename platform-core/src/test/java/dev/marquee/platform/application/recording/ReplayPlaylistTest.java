package dev.marquee.platform.application.recording;

import dev.marquee.platform.domain.model.recording.SegmentEntry;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReplayPlaylistTest {

    private static SegmentEntry segment(long sequence, long wallClock, long micros, boolean discontinuity, int init) {
        return new SegmentEntry(sequence, wallClock, micros, 1000, discontinuity, init);
    }

    @Test
    void aRecordingPlaysAsAVodPlaylistOfItsSegments() {
        String playlist = ReplayPlaylist.write(List.of(new ReplayPiece(7, "directory", List.of(
                segment(3, 1_000_000, 2_000_000, false, 0),
                segment(4, 1_002_000, 2_500_000, false, 0)))));

        assertThat(playlist).isEqualTo("""
                #EXTM3U
                #EXT-X-VERSION:7
                #EXT-X-PLAYLIST-TYPE:VOD
                #EXT-X-INDEPENDENT-SEGMENTS
                #EXT-X-TARGETDURATION:3
                #EXT-X-MEDIA-SEQUENCE:0
                #EXT-X-MAP:URI="7/init-0.mp4"
                #EXT-X-PROGRAM-DATE-TIME:1970-01-01T00:16:40Z
                #EXTINF:2.000,
                7/3.m4s
                #EXTINF:2.500,
                7/4.m4s
                #EXT-X-ENDLIST
                """);
    }

    @Test
    void anotherRecordingOrANewInitStartsADiscontinuityWithItsMap() {
        String playlist = ReplayPlaylist.write(List.of(
                new ReplayPiece(7, "directory", List.of(segment(3, 1_000_000, 2_000_000, false, 0),
                        segment(4, 1_002_000, 2_000_000, true, 1))),
                new ReplayPiece(8, "directory", List.of(segment(0, 1_010_000, 2_000_000, false, 0)))));

        assertThat(playlist).contains("""
                7/3.m4s
                #EXT-X-DISCONTINUITY
                #EXT-X-MAP:URI="7/init-1.mp4"
                #EXT-X-PROGRAM-DATE-TIME:1970-01-01T00:16:42Z
                #EXTINF:2.000,
                7/4.m4s
                #EXT-X-DISCONTINUITY
                #EXT-X-MAP:URI="8/init-0.mp4"
                #EXT-X-PROGRAM-DATE-TIME:1970-01-01T00:16:50Z
                """);
    }

    @Test
    void durationsAreWrittenWithThreeDecimalsRoundedHalfUp() {
        long[] micros = {0, 400, 500, 33_366, 1_999_499, 1_999_500, 2_033_500, 2_100_000, 12_345_678, 60_000_000};
        for (long m : micros) {
            StringBuilder out = new StringBuilder();
            ReplayPlaylist.appendSeconds(out, m);
            assertThat(out.toString()).as(m + " µs").isEqualTo(new BigDecimal(m).movePointLeft(6)
                    .setScale(3, RoundingMode.HALF_UP).toPlainString());
        }
    }

    @Test
    void aReplayIdIsReadBackAndNothingElseIs() {
        assertThat(ReplayId.parse("s12")).contains(ReplayId.ofSession(12));
        assertThat(ReplayId.parse("r7")).contains(ReplayId.ofRecording(7));
        assertThat(ReplayId.ofSession(12).toString()).isEqualTo("s12");
        for (String bad : new String[] {"", "s", "x1", "s-1", "s1a", "r99999999999999999999", "s 1"}) {
            assertThat(ReplayId.parse(bad)).as(bad).isEmpty();
        }
    }

    @Test
    void aPieceFindsItsSegmentsAndNoOther() {
        List<SegmentEntry> segments = new ArrayList<>();
        for (int i = 10; i < 20; i++) {
            segments.add(segment(i, i * 2000L, 2_000_000, false, 0));
        }
        ReplayPiece piece = new ReplayPiece(1, "directory", segments);
        assertThat(piece.segment(10).sequence()).isEqualTo(10);
        assertThat(piece.segment(19).sequence()).isEqualTo(19);
        assertThat(piece.segment(9)).isNull();
        assertThat(piece.segment(20)).isNull();
    }
}
