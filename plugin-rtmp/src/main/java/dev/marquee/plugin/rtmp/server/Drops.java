package dev.marquee.plugin.rtmp.server;

import io.netty.channel.Channel;
import io.netty.channel.ChannelOption;

/**
 * Closing a connection the server gives up on: with a reset (SO_LINGER 0), like nginx's
 * {@code reset_timedout_connection}, so unsent bytes are dropped at once and the socket leaves no
 * FIN_WAIT or TIME_WAIT state behind. Refusals the peer should read (a wrong stream key) are written
 * and closed normally instead.
 */
final class Drops {

    private Drops() {
    }

    static void reset(Channel channel) {
        if (channel.isOpen()) {
            channel.config().setOption(ChannelOption.SO_LINGER, 0);
            channel.close();
        }
    }
}
