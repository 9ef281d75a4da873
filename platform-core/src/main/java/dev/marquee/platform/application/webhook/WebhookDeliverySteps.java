package dev.marquee.platform.application.webhook;

import dev.marquee.platform.domain.model.webhook.WebhookDelivery;
import dev.marquee.platform.domain.model.webhook.WebhookDeliveryRepository;
import dev.marquee.platform.domain.model.webhook.WebhookDeliveryRepository.Due;
import dev.marquee.platform.domain.model.webhook.WebhookDeliveryStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The dispatcher's steps, each its own short transaction: a claim is committed before anything is sent. */
@ApplicationScoped
public class WebhookDeliverySteps {

    @Inject
    WebhookDeliveryRepository deliveries;

    @Inject
    WebhookSettings settings;

    private final Clock clock = Clock.systemUTC();

    /**
     * Claims up to {@code max} due messages in one transaction, at most {@code perEndpoint} per endpoint
     * counting those this instance holds already ({@code held}), and none to the endpoints in {@code full};
     * they share one claim token and lease.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<OutgoingMessage> claim(int max, Map<Long, Integer> held, Set<Long> full, int perEndpoint) {
        Instant now = clock.instant();
        Set<Long> busy = new HashSet<>(full);
        held.forEach((webhook, n) -> {
            if (n >= perEndpoint) {
                busy.add(webhook);
            }
        });
        List<Long> chosen = choose(deliveries.due(now, max * 4, busy), max, held, perEndpoint);
        String token = UUID.randomUUID().toString();
        Instant until = now.plus(settings.lease());
        List<OutgoingMessage> out = new ArrayList<>();
        for (WebhookDelivery d : deliveries.claim(chosen, now, until, token)) {
            out.add(new OutgoingMessage(d.id(), d.webhook().id(), d.webhook().url(), d.webhook().secretSealed(),
                    d.messageId(), d.payload(), token, until));
        }
        return out;
    }

    /** Picks due messages in order, skipping those whose endpoint has its share in flight already. */
    static List<Long> choose(List<Due> due, int max, Map<Long, Integer> inFlight, int perEndpoint) {
        Map<Long, Integer> taken = new HashMap<>(inFlight);
        List<Long> chosen = new ArrayList<>();
        for (Due d : due) {
            if (chosen.size() == max) {
                break;
            }
            int n = taken.getOrDefault(d.webhookId(), 0);
            if (n < perEndpoint) {
                taken.put(d.webhookId(), n + 1);
                chosen.add(d.id());
            }
        }
        return chosen;
    }

    /**
     * Records an attempt's outcome, unless the claim lapsed and another dispatcher holds the message now
     * (or it was deleted); answers the message's status after it, if recorded.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<WebhookDeliveryStatus> record(OutgoingMessage message, AttemptOutcome outcome) {
        return deliveries.find(message.deliveryId()).filter(d -> message.claimToken().equals(d.claimToken())).map(d -> {
            Instant now = clock.instant();
            if (outcome.delivered()) {
                d.delivered(outcome.statusCode(), now);
            } else {
                d.attemptFailed(outcome.statusCode(), outcome.error(), now,
                        now.plus(settings.retries().after(d.attempts() + 1)));
            }
            return d.status();
        });
    }

    /**
     * Records many delivered messages in one transaction, one statement per claim and answer status;
     * those whose claim lapsed (another dispatcher holds them now) are left alone. Answers how many were
     * recorded.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int recordDelivered(List<DeliveredMessage> delivered) {
        Instant now = clock.instant();
        Map<DeliveredMessage.Group, List<Long>> groups = new HashMap<>();
        delivered.forEach(d -> groups.computeIfAbsent(d.group(), g -> new ArrayList<>()).add(d.deliveryId()));
        int recorded = 0;
        for (Map.Entry<DeliveredMessage.Group, List<Long>> g : groups.entrySet()) {
            recorded += deliveries.markDelivered(g.getValue(), g.getKey().claimToken(), g.getKey().statusCode(), now);
        }
        return recorded;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long backlog() {
        return deliveries.backlog();
    }

    /** Deletes messages past their keeping time and old once-keys; answers how many messages went. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int prune() {
        Instant now = clock.instant();
        deliveries.pruneOnce(now.minus(settings.keepFailed()));
        return deliveries.prune(now.minus(settings.keepDelivered()), now.minus(settings.keepFailed()));
    }
}
