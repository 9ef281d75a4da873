package dev.marquee.plugin.rtmp.server;

import dev.marquee.plugin.rtmp.media.Publisher;
import io.netty.channel.Channel;

import java.util.logging.Logger;

/** A publishing RTMP connection as the stream registry sees it. */
final class ChannelPublisher implements Publisher {

    private static final Logger LOG = Logger.getLogger(ChannelPublisher.class.getName());

    private final Channel channel;

    ChannelPublisher(Channel channel) {
        this.channel = channel;
    }

    @Override
    public String remote() {
        return String.valueOf(channel.remoteAddress());
    }

    @Override
    public void disconnect(String reason) {
        LOG.info(() -> "Cutting off the publisher at " + remote() + ": " + reason);
        channel.close();
    }
}
