package dev.marquee.platform.domain.model.recording;

/**
 * What a playlist needs of a stored segment.
 *
 * @param sequence its number in its recording; its object is {@code {recording}/{sequence}.m4s}
 * @param wallClockMillis when its first frame reached the server, epoch milliseconds
 * @param durationMicros its duration
 * @param sizeBytes its size
 * @param discontinuity whether its timestamps do not follow on from the previous segment's
 * @param initVersion the init segment it needs
 */
public record SegmentEntry(long sequence, long wallClockMillis, long durationMicros, int sizeBytes,
        boolean discontinuity, int initVersion) {

    /** Where it ends on the wall clock, epoch milliseconds. */
    public long endMillis() {
        return wallClockMillis + durationMicros / 1000;
    }
}
