package dev.marquee.plugin.rtmp.cmaf.box;

/**
 * What an init segment says about the video track.
 *
 * @param sampleEntry {@code avc1} (H.264, ISO/IEC 14496-15 5.4) or {@code hvc1} (HEVC, 8.4)
 * @param configType {@code avcC} or {@code hvcC}
 * @param decoderConfig the decoder configuration record, as the encoder sent it
 * @param width coded picture width after cropping, in pixels
 * @param height likewise
 */
public record VideoTrack(String sampleEntry, String configType, byte[] decoderConfig, int width, int height) {

    /** The track's ID in every box. */
    public static final int TRACK_ID = 1;
    /** 90 kHz, so that RTMP's milliseconds convert exactly. */
    public static final int TIMESCALE = 90_000;
}
