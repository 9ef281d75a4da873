package dev.marquee.plugin.rtmp.cluster;

import dev.marquee.platform.spi.cluster.ClusterTopic;
import dev.marquee.platform.spi.cluster.ClusterTopics;

import java.nio.charset.StandardCharsets;
import java.util.function.BiConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Cuts a stage's publisher off wherever it is connected: the cluster topic {@value #TOPIC} carries
 * "disconnect stage N because ..." to every instance (the sender included), and each one ends its
 * own stream of the stage, if it has one. Messages are UTF-8 text, so no application class has to
 * travel. Publishing does not wait for the other members.
 */
public final class PublisherControl {

    /** The grid topic's name. */
    public static final String TOPIC = "rtmp.control";

    private static final Logger LOG = Logger.getLogger(PublisherControl.class.getName());
    private static final String DISCONNECT = "disconnect ";

    private final ClusterTopic topic;

    public PublisherControl(ClusterTopics topics) {
        this.topic = topics.topic(TOPIC);
    }

    /** Asks every instance to cut off the stage's publisher; false when the grid refused the message. */
    public boolean disconnectEverywhere(long stageId, String reason) {
        try {
            topic.publish((DISCONNECT + stageId + " " + reason).getBytes(StandardCharsets.UTF_8));
            return true;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not ask the other instances to cut off the publisher of stage " + stageId, e);
            return false;
        }
    }

    /**
     * Hands each disconnect request (stage, reason) to {@code handler}, on the grid's event thread:
     * the handler must not block. Close the answer to stop.
     */
    public ClusterTopic.Registration listen(BiConsumer<Long, String> handler) {
        return topic.listen(bytes -> {
            String text = new String(bytes, StandardCharsets.UTF_8);
            if (text == null || !text.startsWith(DISCONNECT)) {
                return;
            }
            String rest = text.substring(DISCONNECT.length());
            int space = rest.indexOf(' ');
            try {
                long stageId = Long.parseLong(space < 0 ? rest : rest.substring(0, space));
                handler.accept(stageId, space < 0 ? "" : rest.substring(space + 1));
            } catch (NumberFormatException e) {
                LOG.warning(() -> "Ignoring a malformed RTMP control message");
            }
        });
    }
}
