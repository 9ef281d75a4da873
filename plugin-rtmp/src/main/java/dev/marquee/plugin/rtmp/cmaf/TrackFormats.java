package dev.marquee.plugin.rtmp.cmaf;

import dev.marquee.plugin.rtmp.cmaf.box.AudioTrack;
import dev.marquee.plugin.rtmp.cmaf.box.VideoTrack;
import dev.marquee.plugin.rtmp.hls.AudioSpecificConfig;

import java.util.Arrays;
import java.util.Locale;

/**
 * Reads the decoder configurations RTMP carries into the tracks of an init segment, and names
 * them as RFC 6381 codec strings for the playlists: {@code avc1.PPCCLL} (profile, constraint flags
 * and level of the AVCDecoderConfigurationRecord), {@code hvc1.*} (from the HEVCDecoderConfigurationRecord)
 * and {@code mp4a.40.N} (N the AAC audio object type).
 */
final class TrackFormats {

    /** Where the AudioSpecificConfig starts in an AAC sequence header tag body. */
    static final int AAC_CONFIG_OFFSET = 2;

    private TrackFormats() {
    }

    /**
     * The video track described by a decoder configuration payload.
     *
     * @throws IllegalArgumentException if the record is malformed
     */
    static VideoTrack video(VideoPayload payload, byte[] body) {
        byte[] record = Arrays.copyOfRange(body, payload.offset(), body.length);
        return "hvc1".equals(payload.sampleEntry()) ? hevc(record) : avc(record);
    }

    /** {@code avc1.PPCCLL} or {@code hvc1.P.C.TL.CC}, after the track's sample entry. */
    static String videoCodec(VideoTrack track) {
        return "hvc1".equals(track.sampleEntry()) ? hevcCodec(track) : avcCodec(track);
    }

    /** The H.265 track of an HEVCDecoderConfigurationRecord (ISO/IEC 14496-15 8.3.3.1). */
    static VideoTrack hevc(byte[] record) {
        if (record.length < 23 || record[0] != 1) {
            throw new IllegalArgumentException("not an HEVCDecoderConfigurationRecord version 1");
        }
        int[] size = HevcSps.size(HevcSps.find(record));
        return new VideoTrack("hvc1", "hvcC", record, size[0], size[1]);
    }

    /**
     * RFC 6381 / ISO/IEC 14496-15 Annex E: profile space and profile, the compatibility flags in reverse bit
     * order, tier and level, then the constraint bytes without trailing zeros.
     */
    static String hevcCodec(VideoTrack track) {
        byte[] r = track.decoderConfig();
        int space = (r[1] & 0xff) >> 6;
        StringBuilder codec = new StringBuilder("hvc1.");
        codec.append(space == 0 ? "" : String.valueOf((char) ('A' + space - 1))).append(r[1] & 0x1f);
        int compatibility = ((r[2] & 0xff) << 24) | ((r[3] & 0xff) << 16) | ((r[4] & 0xff) << 8) | (r[5] & 0xff);
        codec.append('.').append(Integer.toHexString(Integer.reverse(compatibility)).toUpperCase(Locale.ROOT));
        codec.append('.').append((r[1] & 0x20) != 0 ? 'H' : 'L').append(r[12] & 0xff);
        int last = 11;
        while (last >= 6 && r[last] == 0) {
            last--;
        }
        for (int i = 6; i <= last; i++) {
            codec.append('.').append(String.format(Locale.ROOT, "%02X", r[i] & 0xff));
        }
        return codec.toString();
    }

    /** The H.264 track of an AVCDecoderConfigurationRecord. */
    static VideoTrack avc(byte[] record) {
        if (record.length < 7 || record[0] != 1) {
            throw new IllegalArgumentException("not an AVCDecoderConfigurationRecord version 1");
        }
        if ((record[5] & 0x1f) == 0) {
            throw new IllegalArgumentException("AVCDecoderConfigurationRecord without an SPS");
        }
        int spsLength = ((record[6] & 0xff) << 8) | (record[7] & 0xff);
        if (8 + spsLength > record.length) {
            throw new IllegalArgumentException("truncated SPS in AVCDecoderConfigurationRecord");
        }
        int[] size = AvcSps.size(Arrays.copyOfRange(record, 8, 8 + spsLength));
        return new VideoTrack("avc1", "avcC", record, size[0], size[1]);
    }

    /** {@code avc1.PPCCLL} from the record's profile, compatibility and level bytes. */
    static String avcCodec(VideoTrack track) {
        byte[] record = track.decoderConfig();
        return String.format(Locale.ROOT, "avc1.%02x%02x%02x", record[1] & 0xff, record[2] & 0xff, record[3] & 0xff);
    }

    /**
     * The AAC track described by an AAC sequence header tag body.
     *
     * @throws IllegalArgumentException if the config is malformed or one this packager cannot time
     */
    static AudioTrack aac(byte[] body) {
        AudioSpecificConfig config = AudioSpecificConfig.parse(body, AAC_CONFIG_OFFSET);
        byte[] raw = Arrays.copyOfRange(body, AAC_CONFIG_OFFSET, body.length);
        return new AudioTrack(raw, config.samplingRate(), config.channelConfiguration());
    }

    /** {@code mp4a.40.N} with N the audio object type the config starts with (2 for AAC-LC, 5 for HE-AAC). */
    static String aacCodec(AudioTrack track) {
        byte[] asc = track.audioSpecificConfig();
        int objectType = (asc[0] & 0xff) >> 3;
        if (objectType == 31 && asc.length > 1) {
            objectType = 32 + (((asc[0] & 0x07) << 3) | ((asc[1] & 0xff) >> 5));
        }
        return "mp4a.40." + objectType;
    }
}
