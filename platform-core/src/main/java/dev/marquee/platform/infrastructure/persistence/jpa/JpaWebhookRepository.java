package dev.marquee.platform.infrastructure.persistence.jpa;

import dev.marquee.platform.domain.model.webhook.Webhook;
import dev.marquee.platform.domain.model.webhook.WebhookRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaWebhookRepository implements WebhookRepository {

    @PersistenceContext(unitName = "marquee")
    private EntityManager em;

    @Override
    public Webhook add(Webhook webhook) {
        em.persist(webhook);
        return webhook;
    }

    @Override
    public Optional<Webhook> find(long id) {
        return Optional.ofNullable(em.find(Webhook.class, id));
    }

    @Override
    public List<Webhook> all() {
        return em.createQuery("select w from Webhook w order by w.eventId nulls first, w.id", Webhook.class)
                .getResultList();
    }

    @Override
    public List<Webhook> ofEvents(List<Long> eventIds) {
        if (eventIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select w from Webhook w where w.eventId in :events order by w.eventId, w.id", Webhook.class)
                .setParameter("events", eventIds).getResultList();
    }

    @Override
    public List<Webhook> subscribedTo(Long eventId) {
        if (eventId == null) {
            return em.createQuery("select w from Webhook w where w.eventId is null", Webhook.class).getResultList();
        }
        return em.createQuery("select w from Webhook w where w.eventId is null or w.eventId = :event", Webhook.class)
                .setParameter("event", eventId).getResultList();
    }

    @Override
    public void remove(Webhook webhook) {
        em.remove(webhook);
    }
}
