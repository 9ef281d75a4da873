package dev.marquee.plugin.rtmp.protocol.message;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The messages an RTMP server answers with, in the shapes OBS, ffmpeg and Larix expect. A typical
 * publish: connect → {@link #connectResult}; releaseStream/FCPublish → {@link #result} and
 * {@link #onFcPublish}; createStream → {@link #createStreamResult}; publish →
 * {@link UserControl#streamBegin} and {@link #onStatus} with {@link NetStatus#PUBLISH_START}. A play:
 * stream begin, {@link NetStatus#PLAY_RESET}, {@link NetStatus#PLAY_START}, {@link #sampleAccess},
 * then onMetaData and the media.
 */
public final class ServerResponses {

    /** The server version string clients log; the Flash Media Server form they parse. */
    public static final String FMS_VERSION = "FMS/3,5,7,7009";

    private static final double CAPABILITIES = 31;

    private ServerResponses() {
    }

    /**
     * {@code _result} for connect.
     *
     * @param objectEncoding echo the client's {@code objectEncoding} (0 for AMF0, 3 for AMF3)
     * @param extraInformation more properties for the information object, e.g. the Enhanced RTMP
     *        {@code fourCcList} or {@code capsEx} the server supports; may be empty
     */
    public static CommandMessage connectResult(double transactionId, double objectEncoding,
            Map<String, Object> extraInformation) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("fmsVer", FMS_VERSION);
        properties.put("capabilities", CAPABILITIES);
        properties.put("mode", 1.0);
        Map<String, Object> information = info(NetStatus.CONNECT_SUCCESS, "Connection succeeded.");
        information.put("objectEncoding", objectEncoding);
        information.putAll(extraInformation);
        return CommandMessage.of("_result", transactionId, properties, information);
    }

    /** {@code _error} for a connect the server refuses. */
    public static CommandMessage connectRejected(double transactionId, String description) {
        return CommandMessage.of("_error", transactionId, null, info(NetStatus.CONNECT_REJECTED, description));
    }

    /** {@code _result} for createStream: the id of the new message stream. */
    public static CommandMessage createStreamResult(double transactionId, int streamId) {
        return CommandMessage.of("_result", transactionId, null, (double) streamId);
    }

    /** A bare {@code _result} (releaseStream, FCPublish, FCUnpublish, deleteStream if asked). */
    public static CommandMessage result(double transactionId) {
        return CommandMessage.of("_result", transactionId, null);
    }

    /** {@code onStatus} on a media stream. */
    public static CommandMessage onStatus(int streamId, NetStatus status, String description) {
        return onStatus(streamId, status, description, Map.of());
    }

    /** {@code onStatus} with more properties in the info object (e.g. {@code details}). */
    public static CommandMessage onStatus(int streamId, NetStatus status, String description,
            Map<String, Object> extra) {
        Map<String, Object> information = info(status, description);
        information.putAll(extra);
        return new CommandMessage("onStatus", 0, null, List.of(information), streamId);
    }

    /**
     * Enhanced RTMP's reconnect request: {@code onStatus} on the connection asking a publisher to
     * reconnect (e.g. before a server restart).
     *
     * @param tcUrl where to reconnect, or {@code null} for the same address
     */
    public static CommandMessage reconnectRequest(String tcUrl, String description) {
        Map<String, Object> extra = new LinkedHashMap<>();
        if (tcUrl != null) {
            extra.put("tcUrl", tcUrl);
        }
        return onStatus(0, NetStatus.CONNECT_RECONNECT_REQUEST, description, extra);
    }

    /** {@code onFCPublish}, which some encoders wait for after FCPublish. */
    public static CommandMessage onFcPublish(String streamName) {
        return onFc("onFCPublish", NetStatus.PUBLISH_START, streamName);
    }

    /** {@code onFCUnpublish}, the answer to FCUnpublish. */
    public static CommandMessage onFcUnpublish(String streamName) {
        return onFc("onFCUnpublish", NetStatus.UNPUBLISH_SUCCESS, streamName);
    }

    /** {@code |RtmpSampleAccess} allowing the player to read audio and video samples. */
    public static DataMessage sampleAccess(int streamId) {
        return new DataMessage(DataMessage.SAMPLE_ACCESS, List.of(true, true), streamId, 0);
    }

    private static CommandMessage onFc(String name, NetStatus status, String streamName) {
        Map<String, Object> information = new LinkedHashMap<>();
        information.put("code", status.code());
        information.put("description", streamName);
        return CommandMessage.of(name, 0, null, information);
    }

    private static Map<String, Object> info(NetStatus status, String description) {
        Map<String, Object> information = new LinkedHashMap<>();
        information.put("level", status.level().wireName());
        information.put("code", status.code());
        information.put("description", description);
        return information;
    }
}
