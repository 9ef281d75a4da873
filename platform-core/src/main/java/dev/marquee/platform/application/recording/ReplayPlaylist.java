package dev.marquee.platform.application.recording;

import dev.marquee.platform.domain.model.recording.SegmentEntry;

import java.time.Instant;
import java.util.List;

/**
 * Writes a replay's VOD media playlist (RFC 8216bis, fMP4): the stored segments as they are, an
 * {@code EXT-X-MAP} wherever the init segment changes, {@code EXT-X-DISCONTINUITY} where timestamps
 * do not follow on (a new recording, a publisher's restart), {@code EXT-X-PROGRAM-DATE-TIME} at the
 * start and after each discontinuity, so a player can map replay time to the time it was live.
 * Addresses are relative: {@code {recording}/init-{v}.mp4} and {@code {recording}/{sequence}.m4s}.
 */
public final class ReplayPlaylist {

    private ReplayPlaylist() {
    }

    public static String write(List<ReplayPiece> pieces) {
        long maxMicros = 1;
        int count = 0;
        for (ReplayPiece piece : pieces) {
            for (SegmentEntry segment : piece.segments()) {
                maxMicros = Math.max(maxMicros, segment.durationMicros());
                count++;
            }
        }
        StringBuilder out = new StringBuilder(120 + count * 48);
        out.append("#EXTM3U\n#EXT-X-VERSION:7\n#EXT-X-PLAYLIST-TYPE:VOD\n#EXT-X-INDEPENDENT-SEGMENTS\n")
                .append("#EXT-X-TARGETDURATION:").append((maxMicros + 999_999) / 1_000_000).append('\n')
                .append("#EXT-X-MEDIA-SEQUENCE:0\n");
        boolean first = true;
        for (ReplayPiece piece : pieces) {
            int init = -1;
            boolean newPiece = true;
            for (SegmentEntry segment : piece.segments()) {
                boolean discontinuity = !first && (newPiece || segment.discontinuity());
                if (discontinuity) {
                    out.append("#EXT-X-DISCONTINUITY\n");
                }
                if (segment.initVersion() != init) {
                    init = segment.initVersion();
                    out.append("#EXT-X-MAP:URI=\"").append(piece.recordingId()).append("/init-").append(init)
                            .append(".mp4\"\n");
                }
                if (first || discontinuity) {
                    out.append("#EXT-X-PROGRAM-DATE-TIME:").append(Instant.ofEpochMilli(segment.wallClockMillis()))
                            .append('\n');
                }
                out.append("#EXTINF:");
                appendSeconds(out, segment.durationMicros());
                out.append(",\n").append(piece.recordingId()).append('/').append(segment.sequence())
                        .append(".m4s\n");
                first = false;
                newPiece = false;
            }
        }
        return out.append("#EXT-X-ENDLIST\n").toString();
    }

    /**
     * Appends a duration in seconds with three decimals, rounded half up, as {@code %.3f} would: by hand,
     * because {@code String.format} per segment was more than half the time a 3-hour replay's playlist
     * took (docs/benchmarks.md, "Recording and replays").
     */
    static void appendSeconds(StringBuilder out, long micros) {
        long millis = (micros + 500) / 1000;
        long fraction = millis % 1000;
        out.append(millis / 1000).append('.');
        if (fraction < 100) {
            out.append(fraction < 10 ? "00" : "0");
        }
        out.append(fraction);
    }
}
