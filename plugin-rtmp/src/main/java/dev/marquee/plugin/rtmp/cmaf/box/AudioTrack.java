package dev.marquee.plugin.rtmp.cmaf.box;

/**
 * What an init segment says about the AAC track (ISO/IEC 14496-14, {@code mp4a} with an {@code esds}).
 *
 * @param audioSpecificConfig the decoder configuration, as the encoder sent it
 * @param sampleRate the track's timescale: one tick per sample, so a frame lasts 1024 ticks
 * @param channels the channel count the sample entry announces
 */
public record AudioTrack(byte[] audioSpecificConfig, int sampleRate, int channels) {

    /** The track's ID in every box. */
    public static final int TRACK_ID = 2;
}
