package dev.marquee.plugin.rtmp.cmaf;

import dev.marquee.plugin.rtmp.media.MediaPacket;

/**
 * Where the decoder configuration or the coded frame sits in an RTMP video message, for the codecs the
 * packager takes: legacy FLV H.264 (codec id 7) and HEVC (codec id 12, as some encoders send it), and
 * enhanced RTMP's {@code avc1} and {@code hvc1} (a FourCC after the header byte; SequenceStart,
 * CodedFrames with a composition time, CodedFramesX without).
 *
 * @param sampleEntry {@code avc1} or {@code hvc1}
 * @param config whether the payload is a decoder configuration record
 * @param composition the composition time offset in milliseconds (frames only)
 * @param offset where the record or the length-prefixed NAL units start in the body
 */
record VideoPayload(String sampleEntry, boolean config, int composition, int offset) {

    private static final int LEGACY_AVC = 7;
    private static final int LEGACY_HEVC = 12;
    private static final int SEQUENCE_START = 0;
    private static final int CODED_FRAMES = 1;
    private static final int CODED_FRAMES_X = 3;

    /** The payload of a video message, or null for anything else (other codecs, end of sequence, metadata). */
    static VideoPayload read(MediaPacket packet) {
        byte[] body = packet.body();
        if (body.length < 5) {
            return null;
        }
        if (packet.isEnhancedVideo()) {
            String fourCc = new String(body, 1, 4, java.nio.charset.StandardCharsets.US_ASCII);
            if (!fourCc.equals("avc1") && !fourCc.equals("hvc1")) {
                return null;
            }
            return switch (body[0] & 0x0f) {
                case SEQUENCE_START -> new VideoPayload(fourCc, true, 0, 5);
                case CODED_FRAMES -> body.length < 8 ? null : new VideoPayload(fourCc, false, si24(body, 5), 8);
                case CODED_FRAMES_X -> new VideoPayload(fourCc, false, 0, 5);
                default -> null;
            };
        }
        int codec = body[0] & 0x0f;
        if (codec != LEGACY_AVC && codec != LEGACY_HEVC) {
            return null;
        }
        String entry = codec == LEGACY_AVC ? "avc1" : "hvc1";
        return switch (body[1]) {
            case 0 -> new VideoPayload(entry, true, 0, 5);
            case 1 -> new VideoPayload(entry, false, si24(body, 2), 5);
            default -> null;
        };
    }

    private static int si24(byte[] body, int at) {
        return (body[at] << 16) | ((body[at + 1] & 0xff) << 8) | (body[at + 2] & 0xff);
    }
}
