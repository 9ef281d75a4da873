package dev.marquee.plugin.rtmp.media;

import java.util.Objects;

/**
 * One audio, video or script-data message of a live stream. Its body is exactly an RTMP audio,
 * video or data message payload, which is also the body of an FLV tag (legacy and enhanced RTMP
 * alike), so every muxer reads the same bytes. Immutable; shared by every viewer of a stream.
 */
public final class MediaPacket {

    /** What the packet carries, with its FLV tag type (the same value as the RTMP message type). */
    public enum Kind {
        AUDIO(8), VIDEO(9), DATA(18);

        private final int tagType;

        Kind(int tagType) {
            this.tagType = tagType;
        }

        public int tagType() {
            return tagType;
        }
    }

    private static final int AAC = 10;
    private static final int AUDIO_EX_HEADER = 9;
    private static final int AVC = 7;
    private static final int KEY_FRAME = 1;

    private final Kind kind;
    private final int timestamp;
    private final byte[] body;
    private volatile byte[] flvTag;

    /**
     * @param timestamp decoding time in milliseconds, as RTMP carries it (32 bits, wraps)
     * @param body the message payload; not copied, so callers must not change it afterwards
     */
    public MediaPacket(Kind kind, int timestamp, byte[] body) {
        this.kind = Objects.requireNonNull(kind);
        this.timestamp = timestamp;
        this.body = Objects.requireNonNull(body);
    }

    public Kind kind() {
        return kind;
    }

    public int timestamp() {
        return timestamp;
    }

    /** The payload itself (not a copy): read it, never write to it. */
    public byte[] body() {
        return body;
    }

    public int size() {
        return body.length;
    }

    /**
     * The packet as one FLV tag, encoded on first use and then shared by every HTTP-FLV viewer. Two
     * threads may both encode it once; either result is the same.
     */
    public byte[] flvTag() {
        byte[] tag = flvTag;
        if (tag == null) {
            tag = FlvFormat.tag(this);
            flvTag = tag;
        }
        return tag;
    }

    /** A video frame a decoder can start from (frame type 1, legacy or enhanced header). */
    public boolean isKeyframe() {
        return kind == Kind.VIDEO && body.length > 0 && ((body[0] >> 4) & 0x07) == KEY_FRAME
                && !isSequenceHeader();
    }

    /** Enhanced RTMP (E-RTMP): bit 7 of the first byte says a FourCC codec header follows. */
    public boolean isEnhancedVideo() {
        return kind == Kind.VIDEO && body.length > 0 && (body[0] & 0x80) != 0;
    }

    /** Legacy FLV H.264 (codec id 7). */
    public boolean isAvc() {
        return kind == Kind.VIDEO && body.length > 0 && !isEnhancedVideo() && (body[0] & 0x0f) == AVC;
    }

    /** AAC audio (sound format 10). */
    public boolean isAac() {
        return kind == Kind.AUDIO && body.length > 0 && ((body[0] >> 4) & 0x0f) == AAC;
    }

    /**
     * The decoder configuration a player needs before any frame: the AVC/HEVC configuration
     * record, the enhanced-RTMP SequenceStart, or AAC's AudioSpecificConfig.
     */
    public boolean isSequenceHeader() {
        if (body.length < 2) {
            return false;
        }
        if (kind == Kind.VIDEO) {
            if (isEnhancedVideo()) {
                return (body[0] & 0x0f) == 0;
            }
            return body[1] == 0 && ((body[0] & 0x0f) == AVC || (body[0] & 0x0f) == 12);
        }
        if (kind == Kind.AUDIO) {
            int format = (body[0] >> 4) & 0x0f;
            if (format == AUDIO_EX_HEADER) {
                return (body[0] & 0x0f) == 0;
            }
            return format == AAC && body[1] == 0;
        }
        return false;
    }
}
