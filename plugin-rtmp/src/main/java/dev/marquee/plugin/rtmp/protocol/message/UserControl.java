package dev.marquee.plugin.rtmp.protocol.message;

import io.netty.buffer.ByteBuf;

/**
 * User Control Message (type 4), always on message stream 0.
 *
 * @param event the event type
 * @param value the message stream id the event is about, or the timestamp of a ping
 * @param bufferLength milliseconds, for {@link UserControlEvent#SET_BUFFER_LENGTH} only (else 0)
 */
public record UserControl(UserControlEvent event, int value, int bufferLength) implements TypedMessage {

    public UserControl {
        if (event == null) {
            throw new IllegalArgumentException("event is required");
        }
    }

    public static UserControl streamBegin(int streamId) {
        return new UserControl(UserControlEvent.STREAM_BEGIN, streamId, 0);
    }

    public static UserControl streamEof(int streamId) {
        return new UserControl(UserControlEvent.STREAM_EOF, streamId, 0);
    }

    public static UserControl streamDry(int streamId) {
        return new UserControl(UserControlEvent.STREAM_DRY, streamId, 0);
    }

    public static UserControl streamIsRecorded(int streamId) {
        return new UserControl(UserControlEvent.STREAM_IS_RECORDED, streamId, 0);
    }

    public static UserControl setBufferLength(int streamId, int milliseconds) {
        return new UserControl(UserControlEvent.SET_BUFFER_LENGTH, streamId, milliseconds);
    }

    public static UserControl pingRequest(int timestamp) {
        return new UserControl(UserControlEvent.PING_REQUEST, timestamp, 0);
    }

    public static UserControl pingResponse(int timestamp) {
        return new UserControl(UserControlEvent.PING_RESPONSE, timestamp, 0);
    }

    /**
     * Reads one from a received message, or returns {@code null} if the event type is not one of
     * {@link UserControlEvent} (such messages are passed on undecoded).
     */
    public static UserControl from(RtmpMessage message) {
        UserControlEvent event = UserControlEvent.fromId(Payloads.unsignedShortAt(message, 0));
        if (event == null) {
            return null;
        }
        int value = Payloads.intAt(message, 2);
        int bufferLength = event == UserControlEvent.SET_BUFFER_LENGTH ? Payloads.intAt(message, 6) : 0;
        return new UserControl(event, value, bufferLength);
    }

    @Override
    public MessageType type() {
        return MessageType.USER_CONTROL;
    }

    @Override
    public void writePayload(ByteBuf out) {
        out.writeShort(event.id()).writeInt(value);
        if (event == UserControlEvent.SET_BUFFER_LENGTH) {
            out.writeInt(bufferLength);
        }
    }
}
