package dev.marquee.plugin.rtmp.restream;

import dev.marquee.platform.spi.outbound.OutboundAddresses;
import io.netty.channel.EventLoopGroup;

import java.time.Clock;
import java.util.concurrent.Executor;

/**
 * What every push shares: the event loops its connections run on (never the publisher's), a thread pool for
 * the blocking DNS lookups, the outbound address rules, the TLS setup and the settings.
 */
public record PushContext(EventLoopGroup loops, Executor blocking, OutboundAddresses addresses, RtmpsTls tls,
                          PushSettings settings, Clock clock) {
}
