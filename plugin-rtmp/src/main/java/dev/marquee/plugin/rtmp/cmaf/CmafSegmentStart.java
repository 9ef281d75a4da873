package dev.marquee.plugin.rtmp.cmaf;

/**
 * What is known about a segment from its first part on, before it is complete.
 *
 * @param sequence its media sequence number
 * @param startMillis where it starts on the stream's clock (milliseconds)
 * @param programDateTimeMillis the wall-clock time its first frame reached the server, epoch milliseconds
 * @param discontinuity whether it starts a new run of timestamps or decoder configurations
 * @param initVersion the init segment it needs
 */
public record CmafSegmentStart(long sequence, long startMillis, long programDateTimeMillis, boolean discontinuity,
        int initVersion) {
}
