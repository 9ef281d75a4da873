package dev.marquee.plugin.twilio.ws;

import dev.marquee.platform.spi.stage.StageChannel;

import java.util.function.Supplier;

/**
 * The stage channel that live stages write to: the one the socket's owner last handed us, or else
 * the one CDI finds; frames are dropped while there is none (no socket plugin installed).
 */
final class ForwardingChannel implements StageChannel {

    private final Supplier<StageChannel> fallback;
    private volatile StageChannel delegate;

    ForwardingChannel(Supplier<StageChannel> fallback) {
        this.fallback = fallback;
    }

    void use(StageChannel channel) {
        if (channel != null && channel != delegate) {
            delegate = channel;
        }
    }

    @Override
    public void toStage(long stageId, String frame) {
        StageChannel channel = current();
        if (channel != null) {
            channel.toStage(stageId, frame);
        }
    }

    @Override
    public void toStageSummed(long stageId, String frame) {
        StageChannel channel = current();
        if (channel != null) {
            channel.toStageSummed(stageId, frame);
        }
    }

    @Override
    public void toMember(String connectionId, String frame) {
        StageChannel channel = current();
        if (channel != null) {
            channel.toMember(connectionId, frame);
        }
    }

    @Override
    public void toSubject(long stageId, String subject, String frame) {
        StageChannel channel = current();
        if (channel != null) {
            channel.toSubject(stageId, subject, frame);
        }
    }

    @Override
    public void disconnect(String connectionId, String reason) {
        StageChannel channel = current();
        if (channel != null) {
            channel.disconnect(connectionId, reason);
        }
    }

    private StageChannel current() {
        StageChannel channel = delegate;
        if (channel == null) {
            channel = fallback.get();
            delegate = channel;
        }
        return channel;
    }
}
