package dev.marquee.plugin.chat.room;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The bus of a single instance: frames go straight to the room's connections here, or for a person's
 * inbox ({@code inbox:...}, group chats) to that person's connections here. The frame is encoded
 * once ({@link OutboundFrame}) for all of them.
 */
@ApplicationScoped
public class LocalChatBus implements ChatBus {

    @Inject
    ChatRooms rooms;

    @Inject
    Inboxes inboxes;

    @Override
    public void publish(String room, String frame) {
        OutboundFrame encoded = OutboundFrame.of(frame);
        if (Inboxes.isInbox(room)) {
            inboxes.deliver(room, encoded);
        } else {
            rooms.deliver(room, encoded);
        }
    }
}
