package dev.marquee.plugin.rtmp.protocol.message;

import dev.marquee.plugin.rtmp.protocol.amf.Amf0Reader;
import dev.marquee.plugin.rtmp.protocol.amf.Amf0Writer;
import io.netty.buffer.ByteBuf;
import io.netty.handler.codec.CorruptedFrameException;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A command (type 20, AMF0; type 17, AMF3, is read too): a remote call such as {@code connect},
 * {@code createStream}, {@code publish}, {@code play} or a reply ({@code _result}, {@code _error},
 * {@code onStatus}). On the wire: the name, the transaction id, the command object (often Null)
 * and the arguments, as AMF0 values. Commands are always written as AMF0.
 *
 * <p>Reading a publish: {@code cmd.stringArgument(0)} is the stream name (the stream key) and
 * {@code cmd.streamId()} the stream it was sent on. Replies: see {@link ServerResponses}.
 *
 * @param name the command name
 * @param transactionId matches a reply to its call; 0 when no reply is expected
 * @param commandObject usually a {@code Map<String, Object>} or {@code null}
 * @param arguments the values after the command object (may contain {@code null})
 * @param streamId the message stream: 0 for NetConnection commands, else the NetStream's id
 * @param timestamp normally 0
 */
public record CommandMessage(String name, double transactionId, Object commandObject, List<Object> arguments,
        int streamId, int timestamp) implements TypedMessage {

    public CommandMessage {
        if (name == null) {
            throw new IllegalArgumentException("name is required");
        }
        arguments = AmfLists.copyOf(arguments);
    }

    /** A command with timestamp 0. */
    public CommandMessage(String name, double transactionId, Object commandObject, List<Object> arguments,
            int streamId) {
        this(name, transactionId, commandObject, arguments, streamId, 0);
    }

    /** A command on message stream 0 (a NetConnection command). */
    public static CommandMessage of(String name, double transactionId, Object commandObject, Object... arguments) {
        return new CommandMessage(name, transactionId, commandObject, Arrays.asList(arguments), 0, 0);
    }

    /** Reads a type 20 or type 17 message; malformed AMF is an {@code AmfException}. */
    public static CommandMessage from(RtmpMessage message, Amf0Reader reader) {
        ByteBuf body = message.content().duplicate();
        if (message.type() == MessageType.COMMAND_AMF3 && body.isReadable() && body.getByte(body.readerIndex()) == 0) {
            body.skipBytes(1); // AMF3 commands start with a 0 byte, then AMF0 values
        }
        List<Object> values = reader.readAll(body);
        if (values.size() < 2 || !(values.get(0) instanceof String name) || !(values.get(1) instanceof Number tx)) {
            throw new CorruptedFrameException("command without a name and a transaction id: " + values);
        }
        Object commandObject = values.size() > 2 ? values.get(2) : null;
        List<Object> arguments = values.size() > 3 ? values.subList(3, values.size()) : List.of();
        return new CommandMessage(name, tx.doubleValue(), commandObject, arguments, message.streamId(),
                message.timestamp());
    }

    /** The argument at {@code index}, or {@code null} if there is none. */
    public Object argument(int index) {
        return index >= 0 && index < arguments.size() ? arguments.get(index) : null;
    }

    /** The argument at {@code index} if it is a string, else {@code null}. */
    public String stringArgument(int index) {
        return argument(index) instanceof String s ? s : null;
    }

    /** A property of the command object (e.g. {@code app} or {@code tcUrl} of a connect), or {@code null}. */
    public Object property(String key) {
        return commandObject instanceof Map<?, ?> map ? map.get(key) : null;
    }

    @Override
    public MessageType type() {
        return MessageType.COMMAND_AMF0;
    }

    @Override
    public int chunkStreamId() {
        return streamId == 0 ? ChunkStreamIds.COMMAND : ChunkStreamIds.STREAM;
    }

    @Override
    public void writePayload(ByteBuf out) {
        Amf0Writer.write(out, name);
        Amf0Writer.write(out, transactionId);
        Amf0Writer.write(out, commandObject);
        Amf0Writer.writeAll(out, arguments);
    }
}
