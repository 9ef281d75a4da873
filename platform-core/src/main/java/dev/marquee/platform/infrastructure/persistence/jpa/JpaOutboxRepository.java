package dev.marquee.platform.infrastructure.persistence.jpa;

import dev.marquee.platform.domain.model.mail.OutboxMail;
import dev.marquee.platform.domain.model.mail.OutboxRepository;
import dev.marquee.platform.domain.model.mail.OutboxStatus;
import dev.marquee.platform.domain.model.mail.OutboxSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaOutboxRepository implements OutboxRepository {

    private static final String DUE = "((m.status = :pending and m.nextAttemptAt <= :now) "
            + "or (m.status = :sending and m.claimedUntil < :now))";

    @PersistenceContext(unitName = "marquee")
    private EntityManager em;

    @Override
    public OutboxMail add(OutboxMail mail) {
        em.persist(mail);
        return mail;
    }

    @Override
    public Optional<OutboxMail> find(long id) {
        return Optional.ofNullable(em.find(OutboxMail.class, id));
    }

    @Override
    public List<Long> due(Instant now, int max) {
        return em.createQuery("select m.id from OutboxMail m where " + DUE + " order by m.id", Long.class)
                .setParameter("pending", OutboxStatus.PENDING).setParameter("sending", OutboxStatus.SENDING)
                .setParameter("now", now).setMaxResults(max).getResultList();
    }

    @Override
    public boolean claim(long id, Instant now, Instant until) {
        return em.createQuery("update OutboxMail m set m.status = :sending, m.claimedUntil = :until "
                        + "where m.id = :id and " + DUE)
                .setParameter("pending", OutboxStatus.PENDING).setParameter("sending", OutboxStatus.SENDING)
                .setParameter("now", now).setParameter("until", until).setParameter("id", id)
                .executeUpdate() == 1;
    }

    @Override
    public void noteWaiting(List<Long> ids, String reason, Instant now) {
        if (ids.isEmpty()) {
            return;
        }
        em.createQuery("update OutboxMail m set m.lastError = :reason, m.lastErrorAt = :now "
                        + "where m.id in :ids and m.status = :pending")
                .setParameter("reason", OutboxMail.errorText(reason)).setParameter("now", now).setParameter("ids", ids)
                .setParameter("pending", OutboxStatus.PENDING).executeUpdate();
    }

    @Override
    public int withdrawWaiting(long attendeeId, String reason) {
        return em.createQuery("update OutboxMail m set m.status = :withdrawn, m.textBody = null, m.htmlBody = null, "
                        + "m.lastError = :reason, m.lastErrorAt = null where m.attendeeId = :attendee and m.status = :pending")
                .setParameter("withdrawn", OutboxStatus.WITHDRAWN).setParameter("reason", OutboxMail.errorText(reason))
                .setParameter("attendee", attendeeId).setParameter("pending", OutboxStatus.PENDING).executeUpdate();
    }

    @Override
    public OutboxSummary summary() {
        Map<OutboxStatus, Long> counts = new EnumMap<>(OutboxStatus.class);
        em.createQuery("select m.status, count(m) from OutboxMail m group by m.status", Object[].class)
                .getResultStream().forEach(row -> counts.put((OutboxStatus) row[0], (Long) row[1]));
        Instant lastSent = em.createQuery("select max(m.sentAt) from OutboxMail m where m.status = :sent", Instant.class)
                .setParameter("sent", OutboxStatus.SENT).getSingleResult();
        Optional<OutboxMail> lastError = em.createQuery("select m from OutboxMail m where m.lastErrorAt is not null "
                        + "and m.status <> :sent order by m.lastErrorAt desc, m.id desc", OutboxMail.class)
                .setParameter("sent", OutboxStatus.SENT).setMaxResults(1).getResultStream().findFirst();
        return new OutboxSummary(counts.getOrDefault(OutboxStatus.PENDING, 0L) + counts.getOrDefault(OutboxStatus.SENDING, 0L),
                counts.getOrDefault(OutboxStatus.FAILED, 0L), lastSent,
                lastError.map(OutboxMail::lastErrorAt).orElse(null), lastError.map(OutboxMail::lastError).orElse(null));
    }

    @Override
    public long backlog() {
        return em.createQuery("select count(m) from OutboxMail m where m.status in (:pending, :sending)", Long.class)
                .setParameter("pending", OutboxStatus.PENDING).setParameter("sending", OutboxStatus.SENDING)
                .getSingleResult();
    }

    @Override
    public Map<Long, OutboxMail> latestByAttendee(long eventId) {
        Map<Long, OutboxMail> out = new HashMap<>();
        em.createQuery("select m from OutboxMail m where m.id in (select max(x.id) from OutboxMail x "
                        + "where x.eventId = :event and x.attendeeId is not null group by x.attendeeId)", OutboxMail.class)
                .setParameter("event", eventId).getResultStream().forEach(m -> out.put(m.attendeeId(), m));
        return out;
    }
}
