package dev.marquee.plugin.rtmp.hls;

import dev.marquee.plugin.rtmp.media.MediaPacket;
import dev.marquee.plugin.rtmp.media.MediaPacket.Kind;

/** Hand-made RTMP media packets for segmenter tests that need no encoder. */
final class SyntheticPackets {

    private SyntheticPackets() {
    }

    static MediaPacket avcSequenceHeader(int timestamp) {
        return new MediaPacket(Kind.VIDEO, timestamp,
                AvcAnnexBTest.concat(new byte[] {0x17, 0, 0, 0, 0}, AvcAnnexBTest.RECORD));
    }

    /** An AVC frame whose single slice is {@code size} bytes, with the given composition offset. */
    static MediaPacket avcFrame(int timestamp, boolean keyframe, int compositionMillis, int size) {
        byte[] slice = new byte[size];
        slice[0] = (byte) (keyframe ? 0x65 : 0x41);
        byte[] header = {(byte) (keyframe ? 0x17 : 0x27), 1, (byte) (compositionMillis >> 16),
            (byte) (compositionMillis >> 8), (byte) compositionMillis};
        return new MediaPacket(Kind.VIDEO, timestamp, AvcAnnexBTest.concat(header, AvcAnnexBTest.nal(slice)));
    }

    static MediaPacket aacSequenceHeader(int timestamp) {
        return new MediaPacket(Kind.AUDIO, timestamp, new byte[] {(byte) 0xaf, 0, 0x12, 0x10});
    }

    static MediaPacket aacFrame(int timestamp) {
        byte[] body = new byte[200];
        body[0] = (byte) 0xaf;
        body[1] = 1;
        return new MediaPacket(Kind.AUDIO, timestamp, body);
    }

    /** Enhanced RTMP HEVC coded frames ('hvc1', PacketTypeCodedFramesX). */
    static MediaPacket hevcFrame(int timestamp) {
        return new MediaPacket(Kind.VIDEO, timestamp, new byte[] {(byte) 0x93, 'h', 'v', 'c', '1', 0, 0});
    }

    static MediaPacket mp3Frame(int timestamp) {
        return new MediaPacket(Kind.AUDIO, timestamp, new byte[] {0x2f, (byte) 0xff, (byte) 0xfb, 0});
    }

    static MediaPacket metadata(int timestamp) {
        return new MediaPacket(Kind.DATA, timestamp, new byte[] {2, 0, 10, 'o', 'n', 'M', 'e', 't', 'a'});
    }
}
