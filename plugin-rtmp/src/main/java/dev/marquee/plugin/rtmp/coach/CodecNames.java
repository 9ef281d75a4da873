package dev.marquee.plugin.rtmp.coach;

/**
 * Codec ids as the packet counters keep them (an FLV codec id or sound format, 0 to 15, or an enhanced
 * RTMP FourCC as a big-endian int, always above 15) and their names in the ingest report.
 */
final class CodecNames {

    /** No packet of the track yet. */
    static final int NONE = -1;

    private CodecNames() {
    }

    static int fourCc(byte[] body, int at) {
        return ((body[at] & 0xff) << 24) | ((body[at + 1] & 0xff) << 16) | ((body[at + 2] & 0xff) << 8)
                | (body[at + 3] & 0xff);
    }

    static String video(int id) {
        return switch (id) {
            case NONE -> null;
            case 2 -> "sorenson-h263";
            case 4, 5 -> "vp6";
            case 7 -> "h264";
            case 12 -> "hevc";
            case 0x61766331 -> "h264"; // avc1
            case 0x68766331 -> "hevc"; // hvc1
            case 0x61763031 -> "av1"; // av01
            case 0x76703039 -> "vp9"; // vp09
            case 0x76703038 -> "vp8"; // vp08
            default -> "unknown";
        };
    }

    static String audio(int id) {
        return switch (id) {
            case NONE -> null;
            case 0, 3 -> "pcm";
            case 1 -> "adpcm";
            case 2, 14 -> "mp3";
            case 4, 5, 6 -> "nellymoser";
            case 7, 8 -> "g711";
            case 10 -> "aac";
            case 11 -> "speex";
            case 0x6d703461 -> "aac"; // mp4a
            case 0x4f707573 -> "opus"; // Opus
            case 0x2e6d7033 -> "mp3"; // .mp3
            case 0x61632d33 -> "ac3"; // ac-3
            case 0x65632d33 -> "eac3"; // ec-3
            case 0x664c6143 -> "flac"; // fLaC
            default -> "unknown";
        };
    }
}
