package dev.marquee.plugin.rtmp.protocol;

import dev.marquee.plugin.rtmp.protocol.chunk.ChunkDecoder;
import dev.marquee.plugin.rtmp.protocol.chunk.ChunkEncoder;
import dev.marquee.plugin.rtmp.protocol.chunk.ChunkLimits;
import dev.marquee.plugin.rtmp.protocol.handshake.ClientHandshakeHandler;
import dev.marquee.plugin.rtmp.protocol.handshake.HandshakeHandler;
import dev.marquee.plugin.rtmp.protocol.message.RtmpMessageDecoder;
import dev.marquee.plugin.rtmp.protocol.message.RtmpMessageEncoder;
import io.netty.channel.ChannelPipeline;

/**
 * Installs the RTMP codecs on a server channel, in this order:
 *
 * <pre>
 *   [timeouts]               added by the server first (see HandshakeHandler.RECOMMENDED_TIMEOUT)
 *   rtmp-handshake           HandshakeHandler: C0/C1/C2 in, S0/S1/S2 out; removes itself
 *   rtmp-chunk-decoder       ChunkDecoder: bytes → RtmpMessage within ChunkLimits; sends Acknowledgements
 *   rtmp-chunk-encoder       ChunkEncoder: RtmpMessage → chunks
 *   rtmp-message-decoder     RtmpMessageDecoder: RtmpMessage → TypedMessage (audio/video stay RtmpMessage)
 *   rtmp-message-encoder     RtmpMessageEncoder: TypedMessage → RtmpMessage
 *   [session handler]        added by the server last
 * </pre>
 *
 * The session handler then receives {@code TypedMessage}s and {@code RtmpMessage}s (audio, video,
 * which it must release), and may write either. It should close the channel on exceptions.
 */
public final class RtmpPipeline {

    public static final String HANDSHAKE = "rtmp-handshake";
    public static final String CHUNK_DECODER = "rtmp-chunk-decoder";
    public static final String CHUNK_ENCODER = "rtmp-chunk-encoder";
    public static final String MESSAGE_DECODER = "rtmp-message-decoder";
    public static final String MESSAGE_ENCODER = "rtmp-message-encoder";

    private static final RtmpMessageEncoder MESSAGE_ENCODER_INSTANCE = new RtmpMessageEncoder();

    private RtmpPipeline() {
    }

    /** Adds the codecs with {@link ChunkLimits#DEFAULTS} to the end of {@code pipeline}. */
    public static ChannelPipeline addCodecs(ChannelPipeline pipeline) {
        return addCodecs(pipeline, ChunkLimits.DEFAULTS);
    }

    /** Adds the codecs to the end of {@code pipeline}, with the chunk decoder's limits. */
    public static ChannelPipeline addCodecs(ChannelPipeline pipeline, ChunkLimits limits) {
        return pipeline
                .addLast(HANDSHAKE, new HandshakeHandler())
                .addLast(CHUNK_DECODER, new ChunkDecoder(limits))
                .addLast(CHUNK_ENCODER, new ChunkEncoder())
                .addLast(MESSAGE_DECODER, new RtmpMessageDecoder())
                .addLast(MESSAGE_ENCODER, MESSAGE_ENCODER_INSTANCE);
    }

    /**
     * Adds the codecs of a publishing client (Marquee pushing to another server) to the end of
     * {@code pipeline}: the same as a server's but with {@link ClientHandshakeHandler}, which writes C0 and
     * C1 when the connection opens (after TLS, if an SslHandler comes first).
     */
    public static ChannelPipeline addClientCodecs(ChannelPipeline pipeline) {
        return pipeline
                .addLast(HANDSHAKE, new ClientHandshakeHandler())
                .addLast(CHUNK_DECODER, new ChunkDecoder(ChunkLimits.DEFAULTS))
                .addLast(CHUNK_ENCODER, new ChunkEncoder())
                .addLast(MESSAGE_DECODER, new RtmpMessageDecoder())
                .addLast(MESSAGE_ENCODER, MESSAGE_ENCODER_INSTANCE);
    }
}
