package dev.marquee.plugin.rtmp.media;

/** Hand-made FLV/RTMP packet bodies for tests. */
final class Packets {

    private Packets() {
    }

    static MediaPacket avcConfig(int ts) {
        return new MediaPacket(MediaPacket.Kind.VIDEO, ts, new byte[] {0x17, 0, 0, 0, 0, 1, 0x64, 0, 0x1f});
    }

    static MediaPacket keyframe(int ts, int size) {
        return video(0x17, ts, size);
    }

    static MediaPacket interframe(int ts, int size) {
        return video(0x27, ts, size);
    }

    static MediaPacket aacConfig(int ts) {
        return new MediaPacket(MediaPacket.Kind.AUDIO, ts, new byte[] {(byte) 0xaf, 0, 0x12, 0x10});
    }

    static MediaPacket audio(int ts, int size) {
        byte[] body = new byte[Math.max(2, size)];
        body[0] = (byte) 0xaf;
        body[1] = 1;
        return new MediaPacket(MediaPacket.Kind.AUDIO, ts, body);
    }

    private static MediaPacket video(int first, int ts, int size) {
        byte[] body = new byte[Math.max(5, size)];
        body[0] = (byte) first;
        body[1] = 1;
        return new MediaPacket(MediaPacket.Kind.VIDEO, ts, body);
    }
}
