package dev.marquee.plugin.rtmp.protocol.chunk;

import dev.marquee.plugin.rtmp.protocol.message.RtmpMessage;

/**
 * What the encoder remembers about one chunk stream: the last message header sent, from which it
 * picks the smallest header type the peer can decode unambiguously.
 */
final class OutboundChunkStream {

    private boolean started;
    private int streamId;
    private int typeId;
    private int length;
    private int timestamp;
    private int delta;
    /** Only after a type 1 or 2 header is "the previous delta" the same for every decoder. */
    private boolean deltaKnown;
    private boolean extended;

    /**
     * Type 0 opens a chunk stream and follows a message stream change or a timestamp going back;
     * type 1 carries a new length or type; type 3 repeats a known delta; type 2 otherwise.
     */
    int headerType(RtmpMessage message) {
        if (!started || message.streamId() != streamId || Integer.compareUnsigned(message.timestamp(), timestamp) < 0) {
            return 0;
        }
        if (message.length() != length || message.typeId() != typeId) {
            return 1;
        }
        return deltaKnown && message.timestamp() - timestamp == delta ? 3 : 2;
    }

    /** The timestamp or delta the header of this type carries. */
    int timestampValue(int fmt, RtmpMessage message) {
        return fmt == 0 ? message.timestamp() : message.timestamp() - timestamp;
    }

    /** Whether chunks of a message sent with this header type carry an extended timestamp. */
    boolean extended(int fmt, int value) {
        return fmt == 3 ? extended : ChunkHeaders.needsExtended(value);
    }

    void sent(int fmt, RtmpMessage message, int value) {
        if (fmt < 3) {
            extended = ChunkHeaders.needsExtended(value);
            deltaKnown = fmt != 0;
            delta = value;
        }
        started = true;
        streamId = message.streamId();
        typeId = message.typeId();
        length = message.length();
        timestamp = message.timestamp();
    }
}
