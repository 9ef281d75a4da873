package dev.marquee.plugin.rtmp.coach;

/**
 * What the coach holds streams to on this instance.
 *
 * @param keyframeLimitMillis the longest keyframe interval without a warning: 4 s, or the LL-HLS segment
 *                            target (2 s by default) when streams are packaged as LL-HLS, since a segment
 *                            cannot end before the next keyframe
 * @param lowLatency whether streams play as LL-HLS, where B-frames are warned about
 */
record CoachSettings(int keyframeLimitMillis, boolean lowLatency) {

    /** The keyframe limit when LL-HLS is off. */
    static final int KEYFRAME_LIMIT_MILLIS = 4000;

    /** @param llhlsSegmentMillis the LL-HLS segment target, or 0 when LL-HLS is off */
    static CoachSettings of(long llhlsSegmentMillis) {
        if (llhlsSegmentMillis <= 0) {
            return new CoachSettings(KEYFRAME_LIMIT_MILLIS, false);
        }
        return new CoachSettings((int) Math.min(KEYFRAME_LIMIT_MILLIS, llhlsSegmentMillis), true);
    }
}
