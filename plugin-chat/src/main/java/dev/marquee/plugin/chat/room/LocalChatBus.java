package dev.marquee.plugin.chat.room;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The bus of a single instance: frames go straight to the room's connections here. */
@ApplicationScoped
public class LocalChatBus implements ChatBus {

    @Inject
    ChatRooms rooms;

    @Override
    public void publish(String room, String frame) {
        rooms.deliver(room, frame);
    }
}
