package dev.marquee.plugin.rtmp.llhls;

import dev.marquee.plugin.rtmp.cmaf.CmafPart;
import dev.marquee.plugin.rtmp.cmaf.CmafSegment;
import dev.marquee.plugin.rtmp.cmaf.CmafSegmentStart;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes the LL-HLS media playlist (RFC 8216bis 4.4; Apple's low-latency rules): version 6 (fragmented
 * MP4 with EXT-X-MAP), a fixed target duration, EXT-X-SERVER-CONTROL with blocking reload and a part
 * hold-back of three part targets, EXT-X-PART-INF, then each segment with its program date time, its
 * parts while it is within three target durations of the end, its EXTINF, then the parts of the
 * segment being built and a preload hint for the next part. Durations have five decimals.
 */
final class MediaPlaylistWriter {

    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX").withZone(ZoneOffset.UTC);

    private MediaPlaylistWriter() {
    }

    static String render(LlHlsSnapshot s) {
        String stream = s.stream();
        List<CmafSegment> listed = s.listed();
        StringBuilder text = new StringBuilder(512 + 160 * listed.size() + 120 * s.openParts().size());
        int targetDuration = s.settings().targetDurationSeconds();
        long partTargetMicros = s.settings().partTargetMillis() * 1000;
        text.append("#EXTM3U\n#EXT-X-VERSION:6\n");
        text.append("#EXT-X-TARGETDURATION:").append(targetDuration).append('\n');
        text.append("#EXT-X-SERVER-CONTROL:CAN-BLOCK-RELOAD=YES,PART-HOLD-BACK=");
        seconds(text, 3 * partTargetMicros).append('\n');
        text.append("#EXT-X-PART-INF:PART-TARGET=");
        seconds(text, partTargetMicros).append('\n');
        CmafSegmentStart open = s.open();
        long first = listed.isEmpty() ? open.sequence() : listed.get(0).sequence();
        text.append("#EXT-X-MEDIA-SEQUENCE:").append(first).append('\n');
        if (s.discontinuitySequence() > 0) {
            text.append("#EXT-X-DISCONTINUITY-SEQUENCE:").append(s.discontinuitySequence()).append('\n');
        }
        long remainingMicros = open == null ? 0 : sum(s.openParts());
        for (CmafSegment segment : listed) {
            remainingMicros += segment.durationMicros();
        }
        int mapped = -1;
        for (CmafSegment segment : listed) {
            mapped = segmentStart(text, stream, segment.discontinuity(), segment.initVersion(),
                    segment.programDateTimeMillis(), mapped);
            remainingMicros -= segment.durationMicros();
            if (remainingMicros < 3L * targetDuration * 1_000_000) {
                parts(text, stream, segment.parts());
            }
            text.append("#EXTINF:");
            seconds(text, segment.durationMicros()).append(",\n");
            text.append(LlHlsNames.segment(stream, segment.sequence())).append('\n');
        }
        if (open != null) {
            segmentStart(text, stream, open.discontinuity(), open.initVersion(), open.programDateTimeMillis(), mapped);
            parts(text, stream, s.openParts());
        }
        if (s.ended()) {
            text.append("#EXT-X-ENDLIST\n");
        } else {
            long[] next = s.next();
            text.append("#EXT-X-PRELOAD-HINT:TYPE=PART,URI=\"")
                    .append(LlHlsNames.part(stream, next[0], (int) next[1])).append("\"\n");
        }
        return text.toString();
    }

    /** Discontinuity, init segment (when it changes) and program date time; returns the init version now mapped. */
    private static int segmentStart(StringBuilder text, String stream, boolean discontinuity, int initVersion,
            long programDateTime, int mapped) {
        if (discontinuity) {
            text.append("#EXT-X-DISCONTINUITY\n");
        }
        if (initVersion != mapped) {
            text.append("#EXT-X-MAP:URI=\"").append(LlHlsNames.init(stream, initVersion)).append("\"\n");
        }
        text.append("#EXT-X-PROGRAM-DATE-TIME:").append(DATE_TIME.format(Instant.ofEpochMilli(programDateTime)))
                .append('\n');
        return initVersion;
    }

    private static void parts(StringBuilder text, String stream, List<CmafPart> parts) {
        for (CmafPart part : parts) {
            text.append("#EXT-X-PART:DURATION=");
            seconds(text, part.durationMicros());
            text.append(",URI=\"").append(LlHlsNames.part(stream, part.sequence(), part.index())).append('"');
            if (part.independent()) {
                text.append(",INDEPENDENT=YES");
            }
            text.append('\n');
        }
    }

    private static long sum(List<CmafPart> parts) {
        long total = 0;
        for (CmafPart part : parts) {
            total += part.durationMicros();
        }
        return total;
    }

    /** Microseconds as seconds with five decimals, rounded half up, without locale-dependent formatting. */
    static StringBuilder seconds(StringBuilder text, long micros) {
        long units = (micros + 5) / 10;
        long fraction = units % 100_000;
        text.append(units / 100_000).append('.');
        String digits = Long.toString(fraction);
        text.append("0".repeat(5 - digits.length())).append(digits);
        return text;
    }
}
