package dev.marquee.plugin.rtmp.coach;

/**
 * A copy of a stream's {@link IngestCounters} at one moment (times in epoch milliseconds, 0 for never;
 * durations in milliseconds). Counts only grow, so two copies give the rates between them.
 *
 * @param lastGop the latest complete keyframe-to-keyframe interval, -1 before two keyframes
 * @param openGop the time since the latest keyframe (or since the timeline started, when none came
 *                since), -1 before any video frame
 * @param keyframeSeen whether any keyframe came since the timeline started
 */
record IngestTotals(long at, long startedAt,
                    int videoCodec, long videoFrames, long videoBytes, long lastVideoAt,
                    int lastGop, int openGop, boolean keyframeSeen, long reordered, long dropped,
                    int audioCodec, int sampleRate, int channels, long audioFrames, long audioBytes, long lastAudioAt,
                    long jumps, long lastJumpAt, int lastJumpMillis) {

    /** The longer of the latest complete and the open keyframe interval; -1 when unknown. */
    int keyframeInterval() {
        return Math.max(lastGop, openGop);
    }

    long bytes() {
        return videoBytes + audioBytes;
    }

    long age() {
        return at - startedAt;
    }
}
