package dev.marquee.plugin.rtmp.protocol.message;

/**
 * The chunk stream ids this server sends on, following the usual convention of RTMP servers and
 * clients. Any id from 2 to 65599 is legal; separate ids for audio and video let the chunk encoder
 * compress headers, because consecutive messages on one chunk stream then look alike.
 */
public final class ChunkStreamIds {

    /** Protocol control and user control messages (the specification requires 2). */
    public static final int CONTROL = 2;
    /** Commands on the connection (message stream 0): connect and createStream replies. */
    public static final int COMMAND = 3;
    public static final int AUDIO = 4;
    /** Commands and data on a media stream: onStatus, onMetaData, |RtmpSampleAccess. */
    public static final int STREAM = 5;
    public static final int VIDEO = 6;

    /** The smallest and largest ids the basic header can carry. */
    public static final int MIN = 2;
    public static final int MAX = 65599;

    private ChunkStreamIds() {
    }
}
