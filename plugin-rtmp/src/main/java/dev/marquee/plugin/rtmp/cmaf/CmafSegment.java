package dev.marquee.plugin.rtmp.cmaf;

import java.util.List;

/**
 * A finished segment: its parts back to back. Written after {@link CmafInit} version
 * {@link #initVersion()}, the segments of a stream make a playable fragmented MP4 file.
 *
 * @param sequence its media sequence number
 * @param startMillis where it starts on the stream's clock (milliseconds)
 * @param programDateTimeMillis the wall-clock time its first frame reached the server, epoch milliseconds
 * @param discontinuity whether it starts a new run of timestamps or decoder configurations
 * @param initVersion the init segment it needs
 * @param parts its parts, in order
 */
public record CmafSegment(long sequence, long startMillis, long programDateTimeMillis, boolean discontinuity,
        int initVersion, List<CmafPart> parts) {

    public CmafSegment {
        parts = List.copyOf(parts);
    }

    public long durationMicros() {
        long total = 0;
        for (CmafPart part : parts) {
            total += part.durationMicros();
        }
        return total;
    }

    /** Whether it starts with a keyframe. */
    public boolean independent() {
        return !parts.isEmpty() && parts.get(0).independent();
    }

    public long size() {
        long total = 0;
        for (CmafPart part : parts) {
            total += part.bytes().length;
        }
        return total;
    }
}
