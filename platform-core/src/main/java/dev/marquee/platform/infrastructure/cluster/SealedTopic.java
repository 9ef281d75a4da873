package dev.marquee.platform.infrastructure.cluster;

import com.hazelcast.topic.ITopic;

import java.nio.ByteBuffer;
import java.time.Clock;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * A grid topic of Marquee's, sealed ({@link GridSeal}): each message is sealed with the time it was
 * sent, and a listener hears only messages that open, were sent within 30 seconds of
 * its clock and were not heard before. So a member or client without the secret can neither read a
 * message nor publish one any instance acts on, not even by repeating one it captured. Listeners run
 * on the grid's event thread, in the order a sender published: they must not block.
 */
public final class SealedTopic {

    private static final Logger LOG = Logger.getLogger(SealedTopic.class.getName());

    private final ITopic<byte[]> topic;
    private final String name;
    private final GridSeal seal;
    private final Clock clock;

    SealedTopic(ITopic<byte[]> topic, String name, GridSeal seal, Clock clock) {
        this.topic = topic;
        this.name = name;
        this.seal = seal;
        this.clock = clock;
    }

    /** Publishes to every instance (this one included); a runtime exception when the grid refuses. */
    public void publish(byte[] payload) {
        ByteBuffer plain = ByteBuffer.allocate(Long.BYTES + payload.length);
        plain.putLong(clock.millis()).put(payload);
        topic.publish(seal.seal(name, plain.array()));
    }

    /** Hands every authentic, fresh, first-seen message to {@code handler}; answers the registration. */
    public UUID listen(Consumer<byte[]> handler) {
        ReplayGuard guard = new ReplayGuard(clock);
        return topic.addMessageListener(message -> {
            byte[] sealed = message.getMessageObject();
            byte[] plain = sealed == null ? null : seal.open(name, sealed);
            if (plain == null || plain.length < Long.BYTES) {
                guard.refused(() -> LOG.warning("Ignored a message on " + name + " that is not sealed with this "
                        + "deployment's secret (another deployment on the network, or someone forging)"));
                return;
            }
            long sentAt = ByteBuffer.wrap(plain).getLong();
            if (!guard.firstAndFresh(GridSeal.nonceOf(sealed), sentAt)) {
                guard.refused(() -> LOG.warning("Ignored a repeated or stale message on " + name
                        + " (check that the instances' clocks agree)"));
                return;
            }
            byte[] payload = new byte[plain.length - Long.BYTES];
            System.arraycopy(plain, Long.BYTES, payload, 0, payload.length);
            handler.accept(payload);
        });
    }

    /** Removes a listener; quiet when the grid is already down. */
    public void unlisten(UUID registration) {
        try {
            topic.removeMessageListener(registration);
        } catch (RuntimeException e) {
            // the grid is gone with its listeners
        }
    }

    /** The grid name of this topic (namespaced). */
    public String name() {
        return name;
    }
}
