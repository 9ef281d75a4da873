package dev.marquee.plugin.rtmp.hls;

import java.util.Objects;
import java.util.function.LongFunction;

/**
 * The limits of one stream's HLS output.
 *
 * @param targetDurationMillis a segment is cut at the first keyframe (or, without video, the first
 *        audio frame) once it is at least this long; default 2000
 * @param windowSize how many finished segments the live playlist lists; default 6
 * @param maxSegmentBytes a segment this large is cut even without a keyframe, so that a publisher
 *        that never sends one cannot exhaust memory; default 16 MiB
 * @param segmentUri the URI the playlist gives for a media sequence number, relative to the
 *        playlist; default {@code seg-<sequence>.ts}
 */
public record HlsSettings(long targetDurationMillis, int windowSize, int maxSegmentBytes,
        LongFunction<String> segmentUri) {

    public static final long DEFAULT_TARGET_DURATION_MILLIS = 2_000;
    public static final int DEFAULT_WINDOW_SIZE = 6;
    public static final int DEFAULT_MAX_SEGMENT_BYTES = 16 << 20;

    public HlsSettings {
        if (targetDurationMillis < 100) {
            throw new IllegalArgumentException("target duration must be at least 100 ms");
        }
        if (windowSize < 1) {
            throw new IllegalArgumentException("window size must be at least 1");
        }
        if (maxSegmentBytes < 64 * 1024) {
            throw new IllegalArgumentException("maximum segment size must be at least 64 KiB");
        }
        Objects.requireNonNull(segmentUri);
    }

    /** 2 s segments, 6 in the playlist, 16 MiB per segment at most, {@code seg-N.ts} URIs. */
    public static HlsSettings defaults() {
        return new HlsSettings(DEFAULT_TARGET_DURATION_MILLIS, DEFAULT_WINDOW_SIZE,
                DEFAULT_MAX_SEGMENT_BYTES, HlsSettings::defaultSegmentUri);
    }

    public static String defaultSegmentUri(long sequence) {
        return "seg-" + sequence + ".ts";
    }

    public HlsSettings withTargetDurationMillis(long millis) {
        return new HlsSettings(millis, windowSize, maxSegmentBytes, segmentUri);
    }

    public HlsSettings withWindowSize(int segments) {
        return new HlsSettings(targetDurationMillis, segments, maxSegmentBytes, segmentUri);
    }

    public HlsSettings withMaxSegmentBytes(int bytes) {
        return new HlsSettings(targetDurationMillis, windowSize, bytes, segmentUri);
    }

    public HlsSettings withSegmentUri(LongFunction<String> uri) {
        return new HlsSettings(targetDurationMillis, windowSize, maxSegmentBytes, uri);
    }
}
