package dev.marquee.plugin.chat.room;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The chat's limits from configuration (docs/operations.md), read once. */
@ApplicationScoped
public class ChatLimits {

    @Inject
    @ConfigProperty(name = "marquee.chat.max-length", defaultValue = "500")
    int maxLength;

    @Inject
    @ConfigProperty(name = "marquee.chat.burst", defaultValue = "5")
    int burst;

    @Inject
    @ConfigProperty(name = "marquee.chat.per-second", defaultValue = "1")
    double perSecond;

    @Inject
    @ConfigProperty(name = "marquee.chat.max-connections-per-stage", defaultValue = "10000")
    int maxConnectionsPerRoom;

    @Inject
    @ConfigProperty(name = "marquee.chat.send-queue", defaultValue = "256")
    int sendQueue;

    @Inject
    @ConfigProperty(name = "marquee.chat.send-queue-bytes", defaultValue = "262144")
    int sendQueueBytes;

    /** At most 2,000 characters whatever is configured: escaped, that still fits the message column. */
    public int maxLength() {
        return Math.min(maxLength, 2000);
    }

    public int burst() {
        return burst;
    }

    public double perSecond() {
        return perSecond;
    }

    public int maxConnectionsPerRoom() {
        return maxConnectionsPerRoom;
    }

    /** Frames that may wait for one client before it is disconnected. */
    public int sendQueue() {
        return sendQueue;
    }

    /** Wire bytes that may wait for one client before it is disconnected (frames are shared, not copied). */
    public int sendQueueBytes() {
        return sendQueueBytes;
    }

    /** Frames a single connection may send in a burst and per second (any type), against floods. */
    public RateLimit inboundGuard(long now) {
        return new RateLimit(Math.max(20, burst * 4), Math.max(10, perSecond * 10), now);
    }
}
