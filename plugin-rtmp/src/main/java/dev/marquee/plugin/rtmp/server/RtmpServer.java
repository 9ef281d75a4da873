package dev.marquee.plugin.rtmp.server;

import dev.marquee.plugin.rtmp.RtmpConfig;
import dev.marquee.plugin.rtmp.StreamHub;
import dev.marquee.plugin.rtmp.cluster.ClusterStreams;
import dev.marquee.plugin.rtmp.key.StreamKeys;
import dev.marquee.plugin.rtmp.metrics.RtmpMetrics;
import dev.marquee.plugin.rtmp.playback.PlaybackSigner;
import dev.marquee.plugin.rtmp.playback.PlaybackViewings;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The RTMP listener started with Marquee on {@code marquee.rtmp.port} (1935), unless
 * {@code marquee.rtmp.enabled=false}. One acceptor thread and one event loop per core. Each accepted
 * connection is counted by the {@link ConnectionLimiter} first: one from an address that has
 * {@code marquee.rtmp.max-connections-per-address} open, or while {@code marquee.rtmp.max-pending-connections}
 * have not started publishing or playing, or past {@code marquee.rtmp.max-connections}, is reset at once,
 * before any handler or buffer is set up. Key look-ups run on the application's managed executor, never
 * on an event loop.
 */
@ApplicationScoped
public class RtmpServer {

    private static final Logger LOG = Logger.getLogger(RtmpServer.class.getName());

    @Inject
    PlaybackViewings viewings;

    @Inject
    RtmpConfig config;

    @Inject
    StreamHub hub;

    @Inject
    StreamKeys keys;

    @Inject
    PlaybackSigner signer;

    @Inject
    RtmpMetrics metrics;

    @Inject
    ClusterStreams cluster;

    @Resource
    ManagedExecutorService executor;

    private volatile ConnectionLimiter limiter;
    private EventLoopGroup boss;
    private EventLoopGroup workers;
    private volatile Channel listener;

    void start(@Observes @Initialized(ApplicationScoped.class) Object init) {
        if (!config.enabled()) {
            LOG.info("RTMP ingest is off (marquee.rtmp.enabled=false)");
            return;
        }
        ConnectionLimits limits;
        try {
            limits = ConnectionLimits.from(config);
        } catch (IllegalArgumentException e) {
            LOG.severe("RTMP ingest is not started: " + e.getMessage());
            return;
        }
        ConnectionLimiter admissions = new ConnectionLimiter(limits);
        limiter = admissions;
        boss = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
        workers = new MultiThreadIoEventLoopGroup(NioIoHandler.newFactory());
        SessionContext context = new SessionContext(config, limits, hub, keys, signer, metrics, cluster, executor,
                viewings);
        try {
            listener = new ServerBootstrap().group(boss, workers).channel(NioServerSocketChannel.class)
                    .option(ChannelOption.SO_BACKLOG, 256)
                    .childOption(ChannelOption.TCP_NODELAY, true)
                    .childOption(ChannelOption.WRITE_BUFFER_WATER_MARK, new WriteBufferWaterMark(256 * 1024, 1024 * 1024))
                    .childHandler(new ChannelInitializer<SocketChannel>() {
                        @Override
                        protected void initChannel(SocketChannel channel) {
                            ConnectionLimiter.Admission admission = admissions.admit(channel.remoteAddress());
                            if (!admission.admitted()) {
                                LOG.fine(() -> "Refused an RTMP connection from " + channel.remoteAddress() + ": "
                                        + admission.refusal());
                                metrics.connectionRefused(admission.refusal());
                                Drops.reset(channel);
                                return;
                            }
                            channel.closeFuture().addListener(f -> admission.ticket().release());
                            RtmpSession.install(channel.pipeline(), context, admission.ticket());
                        }
                    })
                    .bind(config.bindAddress(), config.port()).sync().channel();
            LOG.info(() -> "RTMP ingest listening on " + config.bindAddress() + ":" + config.port());
        } catch (Exception e) {
            LOG.log(Level.SEVERE, "RTMP ingest could not listen on port " + config.port()
                    + " (set marquee.rtmp.port, or marquee.rtmp.enabled=false)", e);
            stop();
        }
    }

    /** Whether the listener is bound and accepting connections. */
    public boolean listening() {
        Channel bound = listener;
        return bound != null && bound.isActive();
    }

    /** Connections open right now. */
    public int connections() {
        ConnectionLimiter counts = limiter;
        return counts == null ? 0 : counts.open();
    }

    /** Connections open right now that have not sent publish or play. */
    public int pendingConnections() {
        ConnectionLimiter counts = limiter;
        return counts == null ? 0 : counts.pending();
    }

    @PreDestroy
    void stop() {
        if (listener != null) {
            listener.close().awaitUninterruptibly(5, TimeUnit.SECONDS);
            listener = null;
        }
        hub.streams().stopAll("Marquee is shutting down");
        if (boss != null) {
            boss.shutdownGracefully(0, 2, TimeUnit.SECONDS);
            workers.shutdownGracefully(0, 2, TimeUnit.SECONDS);
            boss = null;
        }
    }
}
