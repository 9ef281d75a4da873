package dev.marquee.plugin.rtmp.protocol.message;

/** RTMP message type ids (RTMP 1.0 specification, sections 5.4 and 7.1). */
public enum MessageType {
    SET_CHUNK_SIZE(1),
    ABORT(2),
    ACKNOWLEDGEMENT(3),
    USER_CONTROL(4),
    WINDOW_ACK_SIZE(5),
    SET_PEER_BANDWIDTH(6),
    AUDIO(8),
    VIDEO(9),
    DATA_AMF3(15),
    SHARED_OBJECT_AMF3(16),
    COMMAND_AMF3(17),
    DATA_AMF0(18),
    SHARED_OBJECT_AMF0(19),
    COMMAND_AMF0(20),
    AGGREGATE(22);

    private static final MessageType[] BY_ID = new MessageType[256];

    static {
        for (MessageType type : values()) {
            BY_ID[type.id] = type;
        }
    }

    private final int id;

    MessageType(int id) {
        this.id = id;
    }

    /** The type id as written in the chunk message header. */
    public int id() {
        return id;
    }

    /** Types 1 to 6, which belong to the chunk stream itself and travel on message stream 0. */
    public boolean isProtocolControl() {
        return id <= SET_PEER_BANDWIDTH.id;
    }

    /** The type with this wire id, or {@code null} for an id RTMP does not define. */
    public static MessageType fromId(int id) {
        return id >= 0 && id < BY_ID.length ? BY_ID[id] : null;
    }
}
