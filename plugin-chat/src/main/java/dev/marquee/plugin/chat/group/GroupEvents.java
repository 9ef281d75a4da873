package dev.marquee.plugin.chat.group;

import dev.marquee.platform.spi.events.AccessRevoked;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Inject;

import java.util.logging.Level;
import java.util.logging.Logger;

/** A person who lost access to an event leaves its group chats (their stage sockets close in ChatEvents). */
@ApplicationScoped
public class GroupEvents {

    private static final Logger LOG = Logger.getLogger(GroupEvents.class.getName());

    @Inject
    GroupService groups;

    void accessRevoked(@ObservesAsync AccessRevoked event) {
        try {
            groups.revoked(event.subject(), event.eventId());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Removing a revoked person from their group chats failed", e);
        }
    }
}
