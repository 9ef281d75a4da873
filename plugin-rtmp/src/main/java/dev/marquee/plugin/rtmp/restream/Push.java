package dev.marquee.plugin.rtmp.restream;

import dev.marquee.platform.spi.outbound.OutboundException;
import dev.marquee.plugin.rtmp.media.LiveStream;
import dev.marquee.plugin.rtmp.protocol.RtmpPipeline;
import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.ConnectTimeoutException;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;

import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One target's push while the stage's stream is live here: resolve the host once and check it against the
 * outbound address rules, connect to the checked address (TLS for rtmps), publish, and write the stream;
 * when the connection fails or breaks, try again after a {@link Backoff} (1 s doubling to 30 s by default)
 * for as long as the stream lasts. A refused address is not retried ({@link RestreamState#FAILED}). Every
 * connection of the push runs on one event loop of the restream group, never the publisher's; DNS lookups
 * run on the blocking executor. The stream key is held only here and never logged. Thread-safe.
 */
public final class Push implements PushHandler.Events {

    private static final Logger LOG = Logger.getLogger(Push.class.getName());
    private static final WriteBufferWaterMark WATER_MARK = new WriteBufferWaterMark(256 * 1024, 1024 * 1024);

    private final RestreamTarget target;
    private final LiveStream stream;
    private final PushContext context;
    private final PushMeter meter;
    private final PushStatus status;
    private final Backoff backoff;
    private boolean stopped;
    private boolean attempted;
    private Channel channel;
    private PushOutput output;
    private String failure;

    public Push(RestreamTarget target, LiveStream stream, PushContext context, PushMeter meter) {
        this.target = target;
        this.stream = stream;
        this.context = context;
        this.meter = meter;
        this.status = new PushStatus(context.clock());
        this.backoff = new Backoff(context.settings().firstBackoff(), context.settings().maxBackoff());
    }

    public RestreamTarget target() {
        return target;
    }

    public LiveStream stream() {
        return stream;
    }

    public RestreamStatus status() {
        return status.snapshot();
    }

    /** Whether the push has stopped for good (stopped, stream ended, or address refused). */
    public synchronized boolean finished() {
        return stopped || status.state() == RestreamState.FAILED;
    }

    /** Starts the first connection. */
    public void start() {
        attempt();
    }

    /** Ends the push: the connection is closed and no other is opened. */
    public void stop() {
        Channel open;
        synchronized (this) {
            if (stopped) {
                return;
            }
            stopped = true;
            open = channel;
        }
        status.state(RestreamState.IDLE);
        if (open != null) {
            open.close();
        }
    }

    private void attempt() {
        synchronized (this) {
            if (stopped || stream.ended()) {
                stopped = true;
                status.state(RestreamState.IDLE);
                return;
            }
            if (attempted) {
                status.reconnecting();
                meter.reconnected();
            }
            attempted = true;
            failure = null;
        }
        status.state(RestreamState.CONNECTING);
        context.blocking().execute(this::resolveAndConnect);
    }

    private void resolveAndConnect() {
        List<InetAddress> addresses;
        try {
            addresses = context.addresses().resolve(target.url().host());
        } catch (OutboundException e) {
            if (e.reason() == OutboundException.Reason.REFUSED) {
                LOG.warning(() -> "Restream " + target.id() + " of stage " + target.stageId() + " refused: " + e.getMessage());
                status.failed(RestreamState.FAILED, e.getMessage());
            } else {
                retry(e.getMessage());
            }
            return;
        } catch (RuntimeException e) {
            retry(target.url().host() + " cannot be looked up");
            return;
        }
        connect(new InetSocketAddress(addresses.get(0), target.url().port()));
    }

    private void connect(InetSocketAddress address) {
        Bootstrap bootstrap = new Bootstrap().group(context.loops()).channel(NioSocketChannel.class)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) context.settings().connectTimeout().toMillis())
                .option(ChannelOption.TCP_NODELAY, true)
                .option(ChannelOption.WRITE_BUFFER_WATER_MARK, WATER_MARK)
                .handler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        if (target.url().tls()) {
                            ch.pipeline().addLast("tls", context.tls().handler(ch.alloc(), target.url().host(), target.url().port()));
                        }
                        RtmpPipeline.addClientCodecs(ch.pipeline());
                        ch.pipeline().addLast("restream", new PushHandler(target.url(), target.key(), Push.this));
                    }
                });
        ChannelFuture connecting = bootstrap.connect(address);
        Channel ch = connecting.channel();
        synchronized (this) {
            if (stopped) {
                ch.close();
                return;
            }
            channel = ch;
        }
        connecting.addListener(done -> {
            if (!done.isSuccess()) {
                failed(done.cause() instanceof ConnectException && !(done.cause() instanceof ConnectTimeoutException)
                        ? target.url().host() + " refused the connection"
                        : "could not connect to " + target.url().host() + " in time");
            } else {
                ch.eventLoop().schedule(() -> {
                    if (ch.isActive() && status.state() != RestreamState.CONNECTED) {
                        failed(target.url().host() + " did not accept the stream in time");
                        ch.close();
                    }
                }, context.settings().connectTimeout().toMillis(), TimeUnit.MILLISECONDS);
            }
        });
        ch.closeFuture().addListener(closed -> closed(ch));
    }

    @Override
    public void published(ChannelHandlerContext ctx, int streamId) {
        PushOutput out = new PushOutput(ctx.channel(), streamId, context.settings().queueBytes(), status, meter,
                () -> stop());
        synchronized (this) {
            if (stopped || ctx.channel() != channel) {
                ctx.close();
                return;
            }
            output = out;
            backoff.reset();
        }
        status.state(RestreamState.CONNECTED);
        LOG.info(() -> "Restream " + target.id() + " of stage " + target.stageId() + " publishing to "
                + target.url().host());
        if (!stream.subscribe(out)) {
            stop();
            return;
        }
        out.drain();
    }

    @Override
    public synchronized void failed(String reason) {
        if (failure == null) {
            failure = reason;
        }
    }

    @Override
    public void writable() {
        PushOutput out;
        synchronized (this) {
            out = output;
        }
        if (out != null) {
            out.drain();
        }
    }

    private void closed(Channel ch) {
        PushOutput out;
        String reason;
        synchronized (this) {
            if (ch != channel) {
                return;
            }
            out = output;
            output = null;
            channel = null;
            reason = failure != null ? failure : "the connection to " + target.url().host() + " closed";
        }
        if (out != null) {
            stream.unsubscribe(out);
            out.close();
        }
        retry(reason);
    }

    private void retry(String reason) {
        long waitMillis;
        synchronized (this) {
            if (stopped || stream.ended()) {
                stopped = true;
                status.state(RestreamState.IDLE);
                return;
            }
            waitMillis = backoff.next().toMillis();
        }
        LOG.log(Level.INFO, "Restream {0} of stage {1}: {2}; trying again in {3} ms",
                new Object[] {target.id(), target.stageId(), reason, waitMillis});
        status.failed(RestreamState.RETRYING, reason);
        context.loops().schedule(this::attempt, waitMillis, TimeUnit.MILLISECONDS);
    }
}
