package dev.marquee.plugin.rtmp.protocol.message;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The commands an RTMP client sends to publish, in the order OBS and ffmpeg send them: {@link #connect}
 * (answered by {@code _result}), {@link #releaseStream} and {@link #fcPublish} (optional; some services
 * expect them), {@link #createStream} (its {@code _result} carries the message stream id), then
 * {@link #publish} on that stream (answered by {@code onStatus} {@code NetStream.Publish.Start}); media
 * follows, the metadata as {@code @setDataFrame, onMetaData, {...}}.
 */
public final class PublishCommands {

    /** Transaction ids of the calls whose answers the client waits for. */
    public static final double CONNECT = 1;
    public static final double RELEASE_STREAM = 2;
    public static final double FC_PUBLISH = 3;
    public static final double CREATE_STREAM = 4;

    private static final String FLASH_VERSION = "FMLE/3.0 (compatible; Marquee)";

    private PublishCommands() {
    }

    /** {@code connect} to the application {@code app} of the server at {@code tcUrl}. */
    public static CommandMessage connect(String app, String tcUrl) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("app", app);
        properties.put("type", "nonprivate");
        properties.put("flashVer", FLASH_VERSION);
        properties.put("tcUrl", tcUrl);
        return CommandMessage.of("connect", CONNECT, properties);
    }

    public static CommandMessage releaseStream(String streamName) {
        return CommandMessage.of("releaseStream", RELEASE_STREAM, null, streamName);
    }

    public static CommandMessage fcPublish(String streamName) {
        return CommandMessage.of("FCPublish", FC_PUBLISH, null, streamName);
    }

    public static CommandMessage createStream() {
        return CommandMessage.of("createStream", CREATE_STREAM, null);
    }

    /** {@code publish} of a live stream named {@code streamName} (the stream key) on {@code streamId}. */
    public static CommandMessage publish(int streamId, String streamName) {
        return new CommandMessage("publish", 0, null, List.of(streamName, "live"), streamId);
    }

    /** {@code deleteStream}, sent before closing when the push ends on purpose. */
    public static CommandMessage deleteStream(int streamId) {
        return CommandMessage.of("deleteStream", 0, null, (double) streamId);
    }

    /** The message stream id in a {@code createStream} {@code _result}, or -1. */
    public static int createdStreamId(CommandMessage result) {
        return result.argument(0) instanceof Number n && n.intValue() > 0 ? n.intValue() : -1;
    }

    /** The {@code code} of an {@code onStatus}, {@code _result} or {@code _error} info object, or "". */
    public static String statusCode(CommandMessage message) {
        for (Object argument : message.arguments()) {
            if (argument instanceof Map<?, ?> info && info.get("code") instanceof String code) {
                return code;
            }
        }
        return "";
    }
}
