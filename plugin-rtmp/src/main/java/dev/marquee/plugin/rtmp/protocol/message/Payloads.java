package dev.marquee.plugin.rtmp.protocol.message;

import io.netty.buffer.ByteBuf;
import io.netty.handler.codec.CorruptedFrameException;

/** Bounds-checked reads of fixed-layout payloads, by offset from the reader index (which stays put). */
final class Payloads {

    private Payloads() {
    }

    static int intAt(RtmpMessage message, int offset) {
        ByteBuf payload = require(message, offset + 4);
        return payload.getInt(payload.readerIndex() + offset);
    }

    static int unsignedShortAt(RtmpMessage message, int offset) {
        ByteBuf payload = require(message, offset + 2);
        return payload.getUnsignedShort(payload.readerIndex() + offset);
    }

    static int unsignedByteAt(RtmpMessage message, int offset) {
        ByteBuf payload = require(message, offset + 1);
        return payload.getUnsignedByte(payload.readerIndex() + offset);
    }

    private static ByteBuf require(RtmpMessage message, int length) {
        ByteBuf payload = message.content();
        if (payload.readableBytes() < length) {
            throw new CorruptedFrameException(message.type() + " payload of " + payload.readableBytes()
                    + " bytes, expected at least " + length);
        }
        return payload;
    }
}
