package dev.marquee.plugin.chat.room;

import dev.marquee.platform.spi.cluster.ClusterTopic;
import dev.marquee.platform.spi.cluster.ClusterTopics;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import dev.marquee.platform.spi.events.PlatformStarted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The chat bus of the cluster: one cluster topic ({@value #TOPIC}) carries every signal to every instance,
 * the sender's own included, and each delivers to its own clients only when the signal arrives. So a
 * frame reaches each client exactly once, and in the order its instance sent it. The change was stored
 * before it is sent; if the grid refuses the signal, this instance still delivers it to its own clients.
 * On a single instance ({@code --nocluster}) the topic simply loops back.
 */
@ApplicationScoped
public class GridChatBus implements ChatBus {

    static final String TOPIC = "chat.signals";
    private static final Logger LOG = Logger.getLogger(GridChatBus.class.getName());

    @Inject
    ClusterTopics topics;

    @Inject
    LocalDelivery delivery;

    private ClusterTopic topic;
    private ClusterTopic.Registration listener;

    /** Listens from the start (of the platform: the sealed grid needs the schema), so an instance whose own clients never post still hears the others. */
    void eager(@Observes PlatformStarted started) {
        // creating the bean registers the listener
    }

    @PostConstruct
    void listen() {
        delivery.warmUp();
        topic = topics.topic(TOPIC);
        listener = topic.listen(this::receive);
    }

    @PreDestroy
    void stop() {
        listener.close();
    }

    @Override
    public void send(RoomSignal signal) {
        try {
            topic.publish(SignalCodec.encode(signal));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The data grid refused a chat signal; delivering it on this instance only", e);
            delivery.apply(signal);
        }
    }

    private void receive(byte[] data) {
        try {
            delivery.apply(SignalCodec.decode(data));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not deliver a chat signal", e);
        }
    }
}
