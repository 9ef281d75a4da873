package dev.marquee.plugin.rtmp.protocol.message;

/** The status codes a server reports in {@code _result}, {@code _error} and {@code onStatus} info objects. */
public enum NetStatus {
    CONNECT_SUCCESS(Level.STATUS, "NetConnection.Connect.Success"),
    CONNECT_REJECTED(Level.ERROR, "NetConnection.Connect.Rejected"),
    CONNECT_CLOSED(Level.STATUS, "NetConnection.Connect.Closed"),
    /** Enhanced RTMP: asks the client to reconnect, optionally to another {@code tcUrl}. */
    CONNECT_RECONNECT_REQUEST(Level.STATUS, "NetConnection.Connect.ReconnectRequest"),
    PUBLISH_START(Level.STATUS, "NetStream.Publish.Start"),
    PUBLISH_BAD_NAME(Level.ERROR, "NetStream.Publish.BadName"),
    UNPUBLISH_SUCCESS(Level.STATUS, "NetStream.Unpublish.Success"),
    PLAY_RESET(Level.STATUS, "NetStream.Play.Reset"),
    PLAY_START(Level.STATUS, "NetStream.Play.Start"),
    PLAY_STOP(Level.STATUS, "NetStream.Play.Stop"),
    PLAY_FAILED(Level.ERROR, "NetStream.Play.Failed"),
    PLAY_STREAM_NOT_FOUND(Level.ERROR, "NetStream.Play.StreamNotFound"),
    PLAY_PUBLISH_NOTIFY(Level.STATUS, "NetStream.Play.PublishNotify"),
    PLAY_UNPUBLISH_NOTIFY(Level.STATUS, "NetStream.Play.UnpublishNotify"),
    DATA_START(Level.STATUS, "NetStream.Data.Start"),
    PAUSE_NOTIFY(Level.STATUS, "NetStream.Pause.Notify"),
    UNPAUSE_NOTIFY(Level.STATUS, "NetStream.Unpause.Notify");

    /** The {@code level} property of an info object. */
    public enum Level {
        STATUS("status"), WARNING("warning"), ERROR("error");

        private final String wireName;

        Level(String wireName) {
            this.wireName = wireName;
        }

        public String wireName() {
            return wireName;
        }
    }

    private final Level level;
    private final String code;

    NetStatus(Level level, String code) {
        this.level = level;
        this.code = code;
    }

    public Level level() {
        return level;
    }

    /** The {@code code} property, e.g. {@code NetStream.Publish.Start}. */
    public String code() {
        return code;
    }
}
