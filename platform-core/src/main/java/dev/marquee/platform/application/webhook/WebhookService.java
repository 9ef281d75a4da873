package dev.marquee.platform.application.webhook;

import dev.marquee.platform.application.Caller;
import dev.marquee.platform.spi.web.Problem;
import dev.marquee.platform.application.access.AccessPolicy;
import dev.marquee.platform.spi.auth.Role;
import dev.marquee.platform.domain.model.event.EventRepository;
import dev.marquee.platform.domain.model.webhook.Webhook;
import dev.marquee.platform.domain.model.webhook.WebhookDelivery;
import dev.marquee.platform.domain.model.webhook.WebhookDeliveryRepository;
import dev.marquee.platform.domain.model.webhook.WebhookRepository;
import dev.marquee.platform.spi.outbound.OutboundException;
import dev.marquee.platform.spi.outbound.OutboundHttp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * What organizers do with webhooks. Instance-wide webhooks (no event) hear every event's facts, so only
 * platform organizers, who run the instance, manage them; an event's webhooks are managed by that
 * event's organizers. The secret is generated here, shown once, and stored only sealed.
 */
@ApplicationScoped
public class WebhookService {

    /** The most delivery-log entries one request reads. */
    public static final int MAX_LOG = 200;

    @Inject
    WebhookRepository webhooks;

    @Inject
    WebhookDeliveryRepository deliveries;

    @Inject
    EventRepository events;

    @Inject
    AccessPolicy access;

    @Inject
    OutboundHttp http;

    @Inject
    WebhookSecrets secrets;

    @Inject
    WebhookSettings settings;

    private final Clock clock = Clock.systemUTC();

    /** The webhooks of {@code eventId}, or (null) every webhook the caller manages. */
    @Transactional
    public List<Webhook> list(Caller caller, Long eventId) {
        if (eventId != null) {
            requireEvent(caller, eventId);
            return webhooks.ofEvents(List.of(eventId));
        }
        if (!caller.signedIn()) {
            throw Problem.notSignedIn();
        }
        if (caller.organizer()) {
            return webhooks.all();
        }
        List<Long> organized = caller.grants().stream().filter(g -> g.role() == Role.ORGANIZER && g.stageId() == null)
                .map(Caller.Grant::eventId).distinct().toList();
        if (organized.isEmpty()) {
            throw Problem.forbidden("Only organizers manage webhooks");
        }
        return webhooks.ofEvents(organized);
    }

    @Transactional
    public CreatedWebhook create(Caller caller, WebhookDraft draft) {
        if (draft.eventId() == null) {
            access.requireOrganizer(caller);
        } else {
            requireEvent(caller, draft.eventId());
        }
        URI url = WebhookRules.url(draft.url());
        List<String> types = WebhookRules.events(draft.events());
        try {
            http.check(url);
        } catch (OutboundException e) {
            throw Problem.invalid(e.getMessage());
        }
        List<Webhook> scope = draft.eventId() == null ? webhooks.subscribedTo(null) : webhooks.ofEvents(List.of(draft.eventId()));
        if (scope.size() >= WebhookRules.MAX_PER_SCOPE) {
            throw Problem.conflict("At most " + WebhookRules.MAX_PER_SCOPE + " webhooks per event (and instance-wide)");
        }
        String secret = WebhookSignature.newSecret();
        Webhook webhook = webhooks.add(new Webhook(draft.eventId(), url.toString(), types, secrets.seal(secret),
                clock.instant()));
        return new CreatedWebhook(webhook, secret);
    }

    /** Deletes the webhook and its messages (those not yet sent are not sent). */
    @Transactional
    public void delete(Caller caller, long webhookId) {
        webhooks.remove(managed(caller, webhookId));
    }

    /** The latest messages to the webhook, newest first. */
    @Transactional
    public List<WebhookDelivery> deliveries(Caller caller, long webhookId, int limit) {
        managed(caller, webhookId);
        return deliveries.latest(webhookId, Math.max(1, Math.min(limit, MAX_LOG)));
    }

    /** Sends a message again now (whatever its state), with the same message id and a fresh retry period. */
    @Transactional
    public WebhookDelivery resend(Caller caller, long webhookId, long deliveryId) {
        managed(caller, webhookId);
        WebhookDelivery delivery = deliveries.find(deliveryId).filter(d -> d.webhook().id() == webhookId)
                .orElseThrow(() -> Problem.notFound("Delivery " + deliveryId));
        Instant now = clock.instant();
        delivery.resend(now, now.plus(settings.retryFor()));
        return delivery;
    }

    private Webhook managed(Caller caller, long webhookId) {
        if (!caller.signedIn()) {
            throw Problem.notSignedIn();
        }
        Webhook webhook = webhooks.find(webhookId).orElseThrow(() -> Problem.notFound("Webhook " + webhookId));
        if (webhook.eventId() == null) {
            access.requireOrganizer(caller);
        } else {
            access.requireOrganizerOf(caller, webhook.eventId());
        }
        return webhook;
    }

    private void requireEvent(Caller caller, long eventId) {
        access.requireOrganizerOf(caller, eventId);
        events.find(eventId).orElseThrow(() -> Problem.notFound("Event " + eventId));
    }
}
