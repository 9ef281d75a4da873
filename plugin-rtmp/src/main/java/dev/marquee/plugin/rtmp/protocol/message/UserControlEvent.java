package dev.marquee.plugin.rtmp.protocol.message;

/** User control event types (RTMP 1.0 specification, section 7.1.7) with their wire values. */
public enum UserControlEvent {
    /** Server to client: the stream (event value) is ready for use; sent before play or publish replies. */
    STREAM_BEGIN(0),
    /** Server to client: playback of the stream (event value) is over. */
    STREAM_EOF(1),
    /** Server to client: no more data on the stream (event value) for now. */
    STREAM_DRY(2),
    /** Client to server: the client's buffer length in ms for the stream (event value). */
    SET_BUFFER_LENGTH(3),
    /** Server to client: the stream (event value) is a recorded one. */
    STREAM_IS_RECORDED(4),
    /** Server to client: a ping; the event value is the server's timestamp. */
    PING_REQUEST(6),
    /** Client to server: the answer to a ping, echoing its timestamp. */
    PING_RESPONSE(7);

    private final int id;

    UserControlEvent(int id) {
        this.id = id;
    }

    public int id() {
        return id;
    }

    /** The event with this wire value, or {@code null} if this codec does not know it. */
    public static UserControlEvent fromId(int id) {
        for (UserControlEvent event : values()) {
            if (event.id == id) {
                return event;
            }
        }
        return null;
    }
}
