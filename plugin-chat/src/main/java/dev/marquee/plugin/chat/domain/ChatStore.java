package dev.marquee.plugin.chat.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** The chat's reads and writes, each in its own transaction (callers are WebSocket threads). */
@ApplicationScoped
@Transactional
public class ChatStore {

    @PersistenceContext(unitName = "marquee")
    private EntityManager em;

    public ChatMessage save(ChatMessage message) {
        em.persist(message);
        return message;
    }

    /** The latest {@code limit} messages of the room that are not deleted, oldest first. */
    public List<ChatMessage> recent(String room, int limit) {
        List<ChatMessage> latest = new ArrayList<>(em.createQuery(
                        "select m from ChatMessage m where m.room = :room and m.deleted = false order by m.id desc",
                        ChatMessage.class)
                .setParameter("room", room).setMaxResults(limit).getResultList());
        Collections.reverse(latest);
        return latest;
    }

    /**
     * The room's messages sent from {@code from} to {@code to} (both included) that are not deleted, in
     * sent order, at most {@code limit} (the first ones).
     */
    public List<ChatMessage> sentBetween(String room, Instant from, Instant to, int limit) {
        return em.createQuery("select m from ChatMessage m where m.room = :room and m.deleted = false "
                        + "and m.sentAt >= :from and m.sentAt <= :to order by m.sentAt, m.id", ChatMessage.class)
                .setParameter("room", room).setParameter("from", from).setParameter("to", to)
                .setMaxResults(limit).getResultList();
    }

    public Optional<ChatMessage> pinned(String room) {
        return em.createQuery("select m from ChatMessage m where m.room = :room and m.pinned = true", ChatMessage.class)
                .setParameter("room", room).setMaxResults(1).getResultStream().findFirst();
    }

    public Optional<ChatMessage> find(String room, long id) {
        ChatMessage m = em.find(ChatMessage.class, id);
        return m != null && m.room().equals(room) ? Optional.of(m) : Optional.empty();
    }

    public Optional<ChatMessage> delete(String room, long id) {
        Optional<ChatMessage> m = find(room, id).filter(x -> !x.deleted());
        m.ifPresent(ChatMessage::delete);
        return m;
    }

    /** Pins the message (unpinning any other of the room); empty when there is no such live message. */
    public Optional<ChatMessage> pin(String room, long id) {
        Optional<ChatMessage> m = find(room, id).filter(x -> !x.deleted());
        m.ifPresent(message -> {
            unpin(room);
            message.pin(true);
        });
        return m;
    }

    public void unpin(String room) {
        em.createQuery("update ChatMessage m set m.pinned = false where m.room = :room and m.pinned = true")
                .setParameter("room", room).executeUpdate();
    }

    public int clear(String room) {
        return em.createQuery("update ChatMessage m set m.deleted = true, m.pinned = false "
                + "where m.room = :room and m.deleted = false").setParameter("room", room).executeUpdate();
    }

    public void ban(ChatBan ban) {
        em.persist(ban);
    }

    public List<ChatBan> bans(String room, Instant now) {
        return em.createQuery("select b from ChatBan b where b.room = :room and (b.until is null or b.until > :now)",
                ChatBan.class).setParameter("room", room).setParameter("now", now).getResultList();
    }

    public void log(ModerationEntry entry) {
        em.persist(entry);
    }

    /** The room's moderation log, newest first. */
    public List<ModerationEntry> log(String room, int limit) {
        return em.createQuery("select e from ModerationEntry e where e.room = :room order by e.id desc",
                ModerationEntry.class).setParameter("room", room).setMaxResults(limit).getResultList();
    }

    public RoomSettings settings(String room) {
        RoomSettings found = em.find(RoomSettings.class, room);
        return found != null ? found : new RoomSettings(room, true, 0);
    }

    public RoomSettings saveSettings(String room, boolean enabled, int slowModeSeconds) {
        RoomSettings found = em.find(RoomSettings.class, room);
        if (found == null) {
            found = new RoomSettings(room, enabled, slowModeSeconds);
            em.persist(found);
        } else {
            found.change(enabled, slowModeSeconds);
        }
        return found;
    }

    /** Everything the chat kept of a room (its stage is being deleted). */
    public void removeRoom(String room) {
        for (String entity : List.of("ChatMessage", "ChatBan", "ModerationEntry", "RoomSettings")) {
            em.createQuery("delete from " + entity + " x where x.room = :room").setParameter("room", room).executeUpdate();
        }
    }
}
