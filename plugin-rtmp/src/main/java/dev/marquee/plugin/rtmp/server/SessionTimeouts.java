package dev.marquee.plugin.rtmp.server;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.util.concurrent.ScheduledFuture;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A connection's two deadlines, first in its pipeline. While <em>pending</em> (from accept, and again
 * after a publish or play ends on a connection that stays open) the peer has {@code startTimeout} to
 * send publish or play: handshake, connect and createStream included. While <em>publishing</em> it may
 * send nothing for at most {@code publishIdleTimeout}. A player has neither: it only reads, and one
 * that stops reading is dropped by its queue. When a deadline passes, this fires {@link Expired} down
 * the pipeline and closes the connection with a reset (nothing more is sent, nothing lingers).
 *
 * <p>The session moves it between the phases with {@link #pending()}, {@link #publishing()} and
 * {@link #playing()}. Times come from the event loop's ticker. Confined to the channel's event loop.
 */
final class SessionTimeouts extends ChannelInboundHandlerAdapter {

    /** The user event fired before the connection is closed for a deadline. */
    enum Expired { START, PUBLISH_IDLE }

    private enum Phase { NEW, PENDING, PUBLISHING, PLAYING, CLOSED }

    private final long startNanos;
    private final long idleNanos;
    private ChannelHandlerContext ctx;
    private Phase phase = Phase.NEW;
    private ScheduledFuture<?> timer;
    private long lastRead;

    SessionTimeouts(Duration startTimeout, Duration publishIdleTimeout) {
        this.startNanos = startTimeout.toNanos();
        this.idleNanos = publishIdleTimeout.toNanos();
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        this.ctx = ctx;
        if (ctx.channel().isActive() && ctx.channel().isRegistered()) {
            accepted();
        }
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        accepted();
        ctx.fireChannelActive();
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        lastRead = now();
        ctx.fireChannelRead(msg);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        closed();
        ctx.fireChannelInactive();
    }

    @Override
    public void handlerRemoved(ChannelHandlerContext ctx) {
        closed();
    }

    /** Waiting for publish or play: the start deadline runs from now. */
    void pending() {
        if (phase == Phase.CLOSED) {
            return;
        }
        cancel();
        phase = Phase.PENDING;
        timer = ctx.executor().schedule(this::startPassed, startNanos, TimeUnit.NANOSECONDS);
    }

    /** Publish received: the idle deadline runs from now and moves with every read. */
    void publishing() {
        if (phase == Phase.CLOSED) {
            return;
        }
        cancel();
        phase = Phase.PUBLISHING;
        lastRead = now();
        timer = ctx.executor().schedule(this::idleCheck, idleNanos, TimeUnit.NANOSECONDS);
    }

    /** Play received: no deadline. */
    void playing() {
        if (phase == Phase.CLOSED) {
            return;
        }
        cancel();
        phase = Phase.PLAYING;
    }

    private void accepted() {
        if (phase == Phase.NEW) {
            pending();
        }
    }

    private void startPassed() {
        if (phase == Phase.PENDING) {
            expire(Expired.START);
        }
    }

    private void idleCheck() {
        if (phase != Phase.PUBLISHING) {
            return;
        }
        long left = idleNanos - (now() - lastRead);
        if (left <= 0) {
            expire(Expired.PUBLISH_IDLE);
        } else {
            timer = ctx.executor().schedule(this::idleCheck, left, TimeUnit.NANOSECONDS);
        }
    }

    private void expire(Expired which) {
        ctx.fireUserEventTriggered(which);
        Drops.reset(ctx.channel());
    }

    private void closed() {
        cancel();
        phase = Phase.CLOSED;
    }

    private void cancel() {
        if (timer != null) {
            timer.cancel(false);
            timer = null;
        }
    }

    private long now() {
        return ctx.executor().ticker().nanoTime();
    }
}
