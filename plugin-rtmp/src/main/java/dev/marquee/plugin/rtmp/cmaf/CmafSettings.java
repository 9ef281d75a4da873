package dev.marquee.plugin.rtmp.cmaf;

/**
 * How a stream is cut.
 *
 * @param partTargetMillis a part ends before the video frame (or, without video, the audio frame) that
 *        would make it longer than this; a keyframe always starts a new part. The playlist's PART-TARGET.
 * @param segmentTargetMillis a segment ends at the first keyframe on or after the next multiple of this
 *        on the stream's clock, so that every instance packaging the same stream cuts it the same way
 */
public record CmafSettings(long partTargetMillis, long segmentTargetMillis) {

    public static final long DEFAULT_PART_TARGET_MILLIS = 250;
    public static final long DEFAULT_SEGMENT_TARGET_MILLIS = 2_000;

    public CmafSettings {
        if (partTargetMillis < 100 || partTargetMillis > 2_000) {
            throw new IllegalArgumentException("the part target must be between 100 ms and 2 s");
        }
        if (segmentTargetMillis < 2 * partTargetMillis || segmentTargetMillis > 10_000) {
            throw new IllegalArgumentException("the segment target must be at least two part targets and at most 10 s");
        }
    }

    public static CmafSettings defaults() {
        return new CmafSettings(DEFAULT_PART_TARGET_MILLIS, DEFAULT_SEGMENT_TARGET_MILLIS);
    }

    /**
     * EXT-X-TARGETDURATION, in seconds: one and a half segment targets, rounded up. It cannot change
     * during a stream, so it leaves room for keyframe intervals up to that long; a segment that would
     * grow past it is cut without a keyframe.
     */
    public int targetDurationSeconds() {
        return (int) Math.max(1, (segmentTargetMillis * 3 / 2 + 999) / 1000);
    }
}
