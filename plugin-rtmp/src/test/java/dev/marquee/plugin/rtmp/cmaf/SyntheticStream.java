package dev.marquee.plugin.rtmp.cmaf;

import dev.marquee.plugin.rtmp.media.MediaPacket;
import dev.marquee.plugin.rtmp.media.MediaPacket.Kind;
import java.util.HexFormat;

/** Hand-made packets with a real 320x180 H.264 configuration, for packager tests that need no encoder. */
public final class SyntheticStream {

    /** An AVC sequence header tag body as x264 makes it (High profile, 320x180). */
    static final byte[] AVC_HEADER = HexFormat.of().parseHex("17000000000164000cffe1001a6764000cacd941419f9f01"
            + "1000000300100000030320f142996001000468ef8fcbfdf8f800");

    private final CmafPackager packager;

    public SyntheticStream(CmafPackager packager) {
        this.packager = packager;
    }

    public static MediaPacket avcHeader(int timestamp) {
        return new MediaPacket(Kind.VIDEO, timestamp, AVC_HEADER.clone());
    }

    public static MediaPacket aacHeader(int timestamp) {
        return new MediaPacket(Kind.AUDIO, timestamp, new byte[] {(byte) 0xaf, 0, 0x12, 0x10});
    }

    public static MediaPacket frame(int timestamp, boolean keyframe) {
        byte[] body = new byte[5 + 4 + 100];
        body[0] = (byte) (keyframe ? 0x17 : 0x27);
        body[1] = 1;
        body[8] = 100;
        body[9] = (byte) (keyframe ? 0x65 : 0x41);
        return new MediaPacket(Kind.VIDEO, timestamp, body);
    }

    public static MediaPacket aac(int timestamp) {
        byte[] body = new byte[50];
        body[0] = (byte) 0xaf;
        body[1] = 1;
        return new MediaPacket(Kind.AUDIO, timestamp, body);
    }

    public SyntheticStream headers() {
        packager.accept(avcHeader(0));
        packager.accept(aacHeader(0));
        return this;
    }

    /** Video every {@code frameMillis} with a keyframe every {@code gopMillis}, AAC (44.1 kHz) interleaved. */
    public SyntheticStream play(int fromMillis, int toMillis, int frameMillis, int gopMillis) {
        double audio = fromMillis;
        for (int video = fromMillis; video < toMillis; video += frameMillis) {
            for (; audio <= video; audio += 1024 * 1000.0 / 44_100) {
                packager.accept(aac((int) audio));
            }
            packager.accept(frame(video, video % gopMillis == 0));
        }
        return this;
    }
}
