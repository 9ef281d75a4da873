package dev.marquee.plugin.rtmp.media;

/**
 * The FLV container (Adobe FLV file format, and the enhanced-RTMP extensions that live in tag
 * bodies): a 9-byte header, then tags of an 11-byte header, the body and the previous tag's size.
 * HTTP-FLV is this file, sent as the stream goes.
 */
public final class FlvFormat {

    private static final int TAG_HEADER = 11;
    private static final int TAG_TRAILER = 4;

    private FlvFormat() {
    }

    /** The file header with its "previous tag size 0", announcing audio and video. */
    public static byte[] header() {
        return new byte[] {'F', 'L', 'V', 1, 0x05, 0, 0, 0, 9, 0, 0, 0, 0};
    }

    /** One whole tag: header, body and the trailing size of the tag. */
    public static byte[] tag(MediaPacket packet) {
        byte[] body = packet.body();
        int size = body.length;
        int ts = packet.timestamp();
        byte[] tag = new byte[TAG_HEADER + size + TAG_TRAILER];
        tag[0] = (byte) packet.kind().tagType();
        tag[1] = (byte) (size >>> 16);
        tag[2] = (byte) (size >>> 8);
        tag[3] = (byte) size;
        tag[4] = (byte) (ts >>> 16);
        tag[5] = (byte) (ts >>> 8);
        tag[6] = (byte) ts;
        tag[7] = (byte) (ts >>> 24);
        // stream id (3 bytes) stays 0
        System.arraycopy(body, 0, tag, TAG_HEADER, size);
        int total = TAG_HEADER + size;
        int end = TAG_HEADER + size;
        tag[end] = (byte) (total >>> 24);
        tag[end + 1] = (byte) (total >>> 16);
        tag[end + 2] = (byte) (total >>> 8);
        tag[end + 3] = (byte) total;
        return tag;
    }
}
