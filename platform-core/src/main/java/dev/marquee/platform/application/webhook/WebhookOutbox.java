package dev.marquee.platform.application.webhook;

import dev.marquee.platform.domain.model.webhook.Webhook;
import dev.marquee.platform.domain.model.webhook.WebhookDelivery;
import dev.marquee.platform.domain.model.webhook.WebhookDeliveryRepository;
import dev.marquee.platform.domain.model.webhook.WebhookRepository;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Puts a fact into the webhook outbox, one message per endpoint that wants it, in the caller's
 * transaction (a new one if there is none): the messages exist exactly when the fact does. The
 * endpoints are read once per transaction and event, so an import that creates thousands of
 * attendees asks for them once.
 */
@ApplicationScoped
public class WebhookOutbox {

    @Inject
    WebhookRepository webhooks;

    @Inject
    WebhookDeliveryRepository deliveries;

    @Inject
    WebhookSettings settings;

    @Resource
    TransactionSynchronizationRegistry transaction;

    private final Clock clock = Clock.systemUTC();

    /** Enqueues the fact for every endpoint that wants it; answers how many messages were written. */
    @Transactional
    public int enqueue(WebhookFact fact) {
        List<Webhook> wanting = subscribers(fact.eventId()).stream().filter(w -> w.wants(fact.type().wire())).toList();
        if (wanting.isEmpty()) {
            return 0;
        }
        Instant now = clock.instant();
        if (fact.onceKey() != null && !deliveries.markOnce(fact.onceKey(), now)) {
            return 0;
        }
        String messageId = WebhookSignature.newMessageId();
        String body = fact.body();
        for (Webhook webhook : wanting) {
            deliveries.add(new WebhookDelivery(webhook, messageId, fact.type().wire(), body, now,
                    now.plus(settings.retryFor())));
        }
        return wanting.size();
    }

    /**
     * Whether any endpoint wants facts of this type about the event, so that a caller with many facts
     * to report (an import creating thousands of attendees) need not build them for nobody.
     */
    @Transactional
    public boolean wanted(Long eventId, WebhookEventType type) {
        return subscribers(eventId).stream().anyMatch(w -> w.wants(type.wire()));
    }

    @SuppressWarnings("unchecked")
    private List<Webhook> subscribers(Long eventId) {
        String key = WebhookOutbox.class.getName() + ":" + eventId;
        List<Webhook> known = (List<Webhook>) transaction.getResource(key);
        if (known == null) {
            known = webhooks.subscribedTo(eventId);
            transaction.putResource(key, known);
        }
        return known;
    }
}
