package dev.marquee.plugin.twilio.webhook;

import dev.marquee.platform.spi.cluster.ClusterTopic;
import dev.marquee.platform.spi.cluster.ClusterTopics;
import dev.marquee.platform.spi.events.PlatformStarted;
import dev.marquee.plugin.twilio.TwilioVideoProvider;
import dev.marquee.plugin.twilio.stage.RoomEvent;
import dev.marquee.plugin.twilio.ws.LiveStages;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.util.HashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Twilio calls back whichever instance the load balancer picks, but a stage's state lives on the one
 * instance that holds it (the stage socket's owner): every checked, new room event is published on
 * the cluster topic {@value #TOPIC} and each instance applies it to the stages it holds, in the order it
 * was received, once (Twilio's retries may reach another instance than the first try). The event
 * travels as the callback's fields in an explicit format ({@link RoomEventCodec}), sealed by core.
 */
@ApplicationScoped
public class ClusterRoomEvents {

    static final String TOPIC = TwilioVideoProvider.ID + ".room-events";
    private static final Logger LOG = Logger.getLogger(ClusterRoomEvents.class.getName());

    @Inject
    ClusterTopics topics;

    @Inject
    LiveStages stages;

    /** Every event applied here: a retry Twilio sent to another instance is recognised here too. */
    private final ProcessedEvents applied = new ProcessedEvents(ProcessedEvents.DEFAULT_CAPACITY);
    private ClusterTopic topic;
    private ClusterTopic.Registration listener;

    /** Listens from the start (of the platform: the sealed grid needs the schema): another instance may receive the callbacks of a stage held here. */
    void eager(@Observes PlatformStarted started) {
        // creating the bean registers the listener
    }

    @PostConstruct
    void listen() {
        stages.find(0);
        topic = topics.topic(TOPIC);
        listener = topic.listen(bytes -> {
            try {
                apply(RoomEventCodec.decode(bytes));
            } catch (IllegalArgumentException e) {
                LOG.log(Level.WARNING, "Ignoring a malformed Twilio room event", e);
            }
        });
    }

    @PreDestroy
    void stop() {
        listener.close();
    }

    /** Hands a checked callback to every instance (this one included). */
    public void publish(RoomEvent event) {
        HashMap<String, String> form = new HashMap<>();
        form.put("RoomSid", event.roomSid());
        form.put("RoomName", event.roomName());
        form.put("StatusCallbackEvent", event.event());
        form.put("ParticipantSid", event.participantSid());
        form.put("ParticipantIdentity", event.identity());
        form.put("TrackSid", event.trackSid());
        form.put("TrackKind", event.trackKind());
        form.put("Timestamp", event.timestamp() == null ? null : event.timestamp().toString());
        form.put("SequenceNumber", event.sequenceNumber());
        try {
            topic.publish(RoomEventCodec.encode(form));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The data grid refused a Twilio room event; applying it on this instance only", e);
            apply(form);
        }
    }

    private void apply(Map<String, String> form) {
        try {
            RoomEvent event = RoomEvent.of(form);
            if (applied.firstTime(event.key())) {
                stages.roomEvent(event);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not apply a Twilio room event", e);
        }
    }
}
