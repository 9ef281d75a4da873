package dev.marquee.plugin.chat.room;

import dev.marquee.platform.spi.events.AccessRevoked;
import dev.marquee.platform.spi.events.StageLiveChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;

/** Core's events as the chat hears them: a stage going live, a person losing access. */
@ApplicationScoped
public class ChatEvents {

    @Inject
    ChatBus bus;

    @Inject
    ChatRooms rooms;

    void stageLive(@ObservesAsync StageLiveChanged event) {
        bus.publish("stage:" + event.stageId(), Frames.live(event.live()));
    }

    void accessRevoked(@ObservesAsync AccessRevoked event) {
        rooms.everyConnection().stream().filter(c -> c.participant().subject().equals(event.subject())).forEach(c -> {
            c.send(Frames.error("access_revoked", "Your access ended"));
            c.close(CloseReason.CloseCodes.VIOLATED_POLICY, "Access ended");
        });
    }
}
