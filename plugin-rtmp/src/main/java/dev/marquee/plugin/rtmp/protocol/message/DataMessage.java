package dev.marquee.plugin.rtmp.protocol.message;

import dev.marquee.plugin.rtmp.protocol.amf.Amf0Reader;
import dev.marquee.plugin.rtmp.protocol.amf.Amf0Writer;
import io.netty.buffer.ByteBuf;

import java.util.List;
import java.util.Map;

/**
 * A data message (type 18, AMF0): a handler name followed by values. A publisher sends
 * {@code @setDataFrame, onMetaData, {metadata}}; a server forwards it to players as
 * {@code onMetaData, {metadata}} (see {@link #unwrapSetDataFrame()}). Its timestamp orders it
 * among the audio and video of the same stream.
 *
 * @param name the first value when it is a string (the handler), else {@code null}
 * @param values the values after the name (may contain {@code null})
 * @param streamId the message stream
 * @param timestamp milliseconds, on the stream's clock
 */
public record DataMessage(String name, List<Object> values, int streamId, int timestamp) implements TypedMessage {

    public static final String SET_DATA_FRAME = "@setDataFrame";
    public static final String ON_METADATA = "onMetaData";
    public static final String SAMPLE_ACCESS = "|RtmpSampleAccess";

    public DataMessage {
        values = AmfLists.copyOf(values);
    }

    /** Reads a type 18 message; malformed AMF is an {@code AmfException}. */
    public static DataMessage from(RtmpMessage message, Amf0Reader reader) {
        List<Object> values = reader.readAll(message.content().duplicate());
        if (!values.isEmpty() && values.get(0) instanceof String name) {
            return new DataMessage(name, values.subList(1, values.size()), message.streamId(), message.timestamp());
        }
        return new DataMessage(null, values, message.streamId(), message.timestamp());
    }

    /**
     * {@code @setDataFrame, onMetaData, {...}} becomes {@code onMetaData, {...}}, what players
     * expect; any other message is returned as it is.
     */
    public DataMessage unwrapSetDataFrame() {
        if (SET_DATA_FRAME.equals(name) && !values.isEmpty() && values.get(0) instanceof String inner) {
            return new DataMessage(inner, values.subList(1, values.size()), streamId, timestamp);
        }
        return this;
    }

    /** The first map among the values (the metadata of an onMetaData), or an empty map. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> metadata() {
        for (Object value : values) {
            if (value instanceof Map<?, ?> map) {
                return (Map<String, Object>) map;
            }
        }
        return Map.of();
    }

    /** The same data addressed to another stream, e.g. a player's. */
    public DataMessage withStream(int newStreamId, int newTimestamp) {
        return new DataMessage(name, values, newStreamId, newTimestamp);
    }

    @Override
    public MessageType type() {
        return MessageType.DATA_AMF0;
    }

    @Override
    public int chunkStreamId() {
        return ChunkStreamIds.STREAM;
    }

    @Override
    public void writePayload(ByteBuf out) {
        if (name != null) {
            Amf0Writer.write(out, name);
        }
        Amf0Writer.writeAll(out, values);
    }
}
