package dev.marquee.platform.infrastructure.persistence.jpa;

import dev.marquee.platform.domain.model.webhook.WebhookDelivery;
import dev.marquee.platform.domain.model.webhook.WebhookDeliveryRepository;
import dev.marquee.platform.domain.model.webhook.WebhookDeliveryStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The webhook outbox in SQL that H2 and PostgreSQL run alike: the dispatcher picks due ids, then a
 * claim marks them with a token in one conditional update (a row another dispatcher marked first no longer matches),
 * then reads back what carries its token. No row locks are held while a message is sent.
 */
@ApplicationScoped
public class JpaWebhookDeliveryRepository implements WebhookDeliveryRepository {

    private static final String DUE = "((d.status = :pending and d.nextAttemptAt <= :now) "
            + "or (d.status = :sending and d.claimedUntil < :now))";

    @PersistenceContext(unitName = "marquee")
    private EntityManager em;

    @Override
    public WebhookDelivery add(WebhookDelivery delivery) {
        em.persist(delivery);
        return delivery;
    }

    @Override
    public Optional<WebhookDelivery> find(long id) {
        return Optional.ofNullable(em.find(WebhookDelivery.class, id));
    }

    /**
     * Two queries, each a range of the index on (status, next_attempt_at) rather than one OR that makes
     * the database scan and sort the whole outbox at every claim: messages whose lease lapsed (an
     * instance died; few), then pending ones in due order.
     */
    @Override
    public List<Due> due(Instant now, int max, Collection<Long> busyWebhooks) {
        List<Due> out = new ArrayList<>(dueOf("d.status = :status and d.claimedUntil < :now", WebhookDeliveryStatus.SENDING,
                now, max, busyWebhooks));
        if (out.size() < max) {
            out.addAll(dueOf("d.status = :status and d.nextAttemptAt <= :now", WebhookDeliveryStatus.PENDING, now,
                    max - out.size(), busyWebhooks));
        }
        return out;
    }

    private List<Due> dueOf(String condition, WebhookDeliveryStatus status, Instant now, int max,
                            Collection<Long> busyWebhooks) {
        String busy = busyWebhooks.isEmpty() ? "" : " and d.webhook.id not in :busy";
        TypedQuery<Object[]> due = em.createQuery("select d.id, d.webhook.id from WebhookDelivery d where " + condition
                + busy + " order by d.nextAttemptAt, d.id", Object[].class);
        due.setParameter("status", status).setParameter("now", now).setMaxResults(max);
        if (!busyWebhooks.isEmpty()) {
            due.setParameter("busy", busyWebhooks);
        }
        return due.getResultStream().map(row -> new Due((Long) row[0], (Long) row[1])).toList();
    }

    @Override
    public List<WebhookDelivery> claim(List<Long> ids, Instant now, Instant until, String token) {
        if (ids.isEmpty()) {
            return List.of();
        }
        int claimed = em.createQuery("update WebhookDelivery d set d.status = :sending, d.claimedUntil = :until, "
                        + "d.claimToken = :token where d.id in :ids and " + DUE)
                .setParameter("pending", WebhookDeliveryStatus.PENDING).setParameter("sending", WebhookDeliveryStatus.SENDING)
                .setParameter("now", now).setParameter("until", until).setParameter("token", token)
                .setParameter("ids", ids).executeUpdate();
        if (claimed == 0) {
            return List.of();
        }
        return em.createQuery("select d from WebhookDelivery d join fetch d.webhook where d.claimToken = :token "
                        + "and d.status = :sending order by d.id", WebhookDelivery.class)
                .setParameter("token", token).setParameter("sending", WebhookDeliveryStatus.SENDING).getResultList();
    }

    @Override
    public int markDelivered(Collection<Long> ids, String token, int statusCode, Instant now) {
        if (ids.isEmpty()) {
            return 0;
        }
        return em.createQuery("update WebhookDelivery d set d.status = :delivered, d.attempts = d.attempts + 1, "
                        + "d.lastAttemptAt = :now, d.lastStatus = :code, d.lastError = null, d.claimedUntil = null, "
                        + "d.claimToken = null, d.deliveredAt = :now where d.id in :ids and d.claimToken = :token")
                .setParameter("delivered", WebhookDeliveryStatus.DELIVERED).setParameter("now", now)
                .setParameter("code", statusCode).setParameter("ids", ids).setParameter("token", token)
                .executeUpdate();
    }

    @Override
    public List<WebhookDelivery> latest(long webhookId, int max) {
        return em.createQuery("select d from WebhookDelivery d where d.webhook.id = :webhook order by d.id desc",
                WebhookDelivery.class).setParameter("webhook", webhookId).setMaxResults(max).getResultList();
    }

    @Override
    public long backlog() {
        return em.createQuery("select count(d) from WebhookDelivery d where d.status in (:pending, :sending)", Long.class)
                .setParameter("pending", WebhookDeliveryStatus.PENDING).setParameter("sending", WebhookDeliveryStatus.SENDING)
                .getSingleResult();
    }

    @Override
    public int prune(Instant deliveredBefore, Instant failedBefore) {
        return em.createQuery("delete from WebhookDelivery d where (d.status = :delivered and d.deliveredAt < :delivered_before) "
                        + "or (d.status = :failed and d.createdAt < :failed_before)")
                .setParameter("delivered", WebhookDeliveryStatus.DELIVERED).setParameter("delivered_before", deliveredBefore)
                .setParameter("failed", WebhookDeliveryStatus.FAILED).setParameter("failed_before", failedBefore)
                .executeUpdate();
    }

    @Override
    public boolean markOnce(String key, Instant now) {
        Number known = (Number) em.createNativeQuery("select count(*) from webhook_once where once_key = ?1")
                .setParameter(1, key).getSingleResult();
        if (known.longValue() > 0) {
            return false;
        }
        em.createNativeQuery("insert into webhook_once (once_key, created_at) values (?1, ?2)")
                .setParameter(1, key).setParameter(2, now).executeUpdate();
        return true;
    }

    @Override
    public int pruneOnce(Instant before) {
        return em.createNativeQuery("delete from webhook_once where created_at < ?1").setParameter(1, before)
                .executeUpdate();
    }
}
