package dev.marquee.plugin.chat.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Group chats and their members; their messages are {@link ChatMessage}s of the room {@code group:<id>}. */
@ApplicationScoped
@Transactional
public class GroupStore {

    @PersistenceContext(unitName = "marquee")
    private EntityManager em;

    /** Stores the group with its members (subject → display name), all in one transaction. */
    public ChatGroup create(ChatGroup group, Map<String, String> members, Instant now) {
        em.persist(group);
        em.flush();
        members.forEach((subject, name) -> em.persist(new GroupMember(group.id(), subject, name, now)));
        return group;
    }

    public Optional<ChatGroup> group(long id) {
        return Optional.ofNullable(em.find(ChatGroup.class, id));
    }

    public boolean isMember(long groupId, String subject) {
        return !em.createQuery("select m.id from GroupMember m where m.groupId = :group and m.subject = :subject",
                        Long.class).setParameter("group", groupId).setParameter("subject", subject)
                .setMaxResults(1).getResultList().isEmpty();
    }

    /** The members of the group, in the order they were added. */
    public List<GroupMember> members(long groupId) {
        return membersOf(List.of(groupId)).getOrDefault(groupId, List.of());
    }

    /** The members of each group, keyed by group id. */
    public Map<Long, List<GroupMember>> membersOf(Collection<Long> groupIds) {
        Map<Long, List<GroupMember>> out = new LinkedHashMap<>();
        if (groupIds.isEmpty()) {
            return out;
        }
        em.createQuery("select m from GroupMember m where m.groupId in :groups order by m.id", GroupMember.class)
                .setParameter("groups", groupIds).getResultStream()
                .forEach(m -> out.computeIfAbsent(m.groupId(), k -> new ArrayList<>()).add(m));
        return out;
    }

    /** The groups of the event the person is in, newest first. */
    public List<ChatGroup> groupsOf(long eventId, String subject) {
        return em.createQuery("select g from ChatGroup g where g.eventId = :event and g.id in "
                        + "(select m.groupId from GroupMember m where m.subject = :subject) order by g.id desc",
                ChatGroup.class).setParameter("event", eventId).setParameter("subject", subject).getResultList();
    }

    /** Every group the person is in, of any event. */
    public List<ChatGroup> groupsOf(String subject) {
        return em.createQuery("select g from ChatGroup g where g.id in "
                        + "(select m.groupId from GroupMember m where m.subject = :subject) order by g.id",
                ChatGroup.class).setParameter("subject", subject).getResultList();
    }

    /** Takes the person out of the group; the group goes (with its messages) once nobody is left. */
    public Removal removeMember(long groupId, String subject) {
        int removed = em.createQuery("delete from GroupMember m where m.groupId = :group and m.subject = :subject")
                .setParameter("group", groupId).setParameter("subject", subject).executeUpdate();
        List<GroupMember> left = members(groupId);
        if (removed > 0 && left.isEmpty()) {
            em.createQuery("delete from ChatMessage m where m.room = :room")
                    .setParameter("room", ChatGroup.room(groupId)).executeUpdate();
            em.createQuery("delete from ChatGroup g where g.id = :group").setParameter("group", groupId).executeUpdate();
        }
        return new Removal(removed > 0, left);
    }

    /** Whether the person was a member, and who is left. */
    public record Removal(boolean removed, List<GroupMember> left) {
    }

    /** Up to {@code limit} messages of the group older than {@code beforeId} (all when null), oldest first. */
    public List<ChatMessage> history(long groupId, Long beforeId, int limit) {
        List<ChatMessage> latest = new ArrayList<>(em.createQuery("select m from ChatMessage m where m.room = :room "
                                + "and m.deleted = false and m.id < :before order by m.id desc", ChatMessage.class)
                .setParameter("room", ChatGroup.room(groupId))
                .setParameter("before", beforeId == null ? Long.MAX_VALUE : beforeId)
                .setMaxResults(limit).getResultList());
        Collections.reverse(latest);
        return latest;
    }
}
