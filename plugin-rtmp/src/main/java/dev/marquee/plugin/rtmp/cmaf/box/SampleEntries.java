package dev.marquee.plugin.rtmp.cmaf.box;

/**
 * The sample entries of the init segment's {@code stsd}: a visual sample entry (ISO/IEC 14496-12
 * 12.1.3) carrying the encoder's {@code avcC} or {@code hvcC}, and {@code mp4a} (ISO/IEC 14496-14 5.6)
 * whose {@code esds} wraps the AudioSpecificConfig in an MPEG-4 ES_Descriptor (ISO/IEC 14496-1 7.2.6.5).
 */
final class SampleEntries {

    private static final int ES_DESCRIPTOR = 0x03;
    private static final int DECODER_CONFIG_DESCRIPTOR = 0x04;
    private static final int DECODER_SPECIFIC_INFO = 0x05;
    private static final int SL_CONFIG_DESCRIPTOR = 0x06;
    private static final int OBJECT_TYPE_AAC = 0x40;
    /** streamType 5 (audio) in the upper six bits, upStream 0, reserved 1. */
    private static final int STREAM_TYPE_AUDIO = 0x15;

    private SampleEntries() {
    }

    static void video(BoxBuffer out, VideoTrack track) {
        out.open(track.sampleEntry()).zeros(6).u16(1);
        out.u16(0).u16(0).zeros(12);
        out.u16(track.width()).u16(track.height());
        out.u32(0x00480000).u32(0x00480000).u32(0).u16(1);
        out.zeros(32); // compressorname: empty
        out.u16(0x0018).u16(0xffff);
        out.open(track.configType()).bytes(track.decoderConfig()).close();
        out.close();
    }

    static void audio(BoxBuffer out, AudioTrack track) {
        out.open("mp4a").zeros(6).u16(1);
        out.zeros(8).u16(track.channels()).u16(16).u16(0).u16(0);
        out.u32(track.sampleRate() <= 0xffff ? (long) track.sampleRate() << 16 : 0);
        byte[] asc = track.audioSpecificConfig();
        int decoderSpecific = 2 + asc.length;
        int decoderConfig = 13 + decoderSpecific;
        int slConfig = 3;
        int esPayload = 3 + 2 + decoderConfig + slConfig;
        if (esPayload > 127) {
            throw new IllegalArgumentException("AudioSpecificConfig of " + asc.length + " bytes is too long");
        }
        out.openFull("esds", 0, 0);
        out.u8(ES_DESCRIPTOR).u8(esPayload).u16(AudioTrack.TRACK_ID).u8(0);
        out.u8(DECODER_CONFIG_DESCRIPTOR).u8(decoderConfig).u8(OBJECT_TYPE_AAC).u8(STREAM_TYPE_AUDIO);
        out.u24(0).u32(0).u32(0); // bufferSizeDB, maxBitrate, avgBitrate: unknown
        out.u8(DECODER_SPECIFIC_INFO).u8(asc.length).bytes(asc);
        out.u8(SL_CONFIG_DESCRIPTOR).u8(1).u8(2); // predefined: reserved for MP4 files
        out.close().close();
    }
}
