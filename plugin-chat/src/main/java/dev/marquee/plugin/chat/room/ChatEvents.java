package dev.marquee.plugin.chat.room;

import dev.marquee.platform.spi.events.AccessRevoked;
import dev.marquee.platform.spi.events.StageLiveChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Inject;

/**
 * Core's events as the chat hears them, on the instance where they happened, and passed to every
 * instance through the {@link ChatBus}: a stage going live, a person losing access.
 */
@ApplicationScoped
public class ChatEvents {

    @Inject
    ChatBus bus;

    void stageLive(@ObservesAsync StageLiveChanged event) {
        bus.publish("stage:" + event.stageId(), Frames.live(event.live()));
    }

    void accessRevoked(@ObservesAsync AccessRevoked event) {
        bus.send(RoomSignal.revoked(event.subject()));
    }
}
