package dev.marquee.platform.domain.model.webhook;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The webhook outbox. */
public interface WebhookDeliveryRepository {

    WebhookDelivery add(WebhookDelivery delivery);

    Optional<WebhookDelivery> find(long id);

    /** A due message: its id and its endpoint's. */
    record Due(long id, long webhookId) {
    }

    /**
     * Up to {@code max} due messages (pending and due, or sending with a lapsed lease), oldest due
     * first, leaving out those to the endpoints in {@code busyWebhooks}.
     */
    List<Due> due(Instant now, int max, Collection<Long> busyWebhooks);

    /**
     * Claims those of {@code ids} that are still due, marking them with {@code token} until
     * {@code until}, and answers them with their endpoints. Several dispatchers never get the same one.
     */
    List<WebhookDelivery> claim(List<Long> ids, Instant now, Instant until, String token);

    /**
     * Marks delivered, with the endpoint's answer {@code statusCode}, those of {@code ids} that still carry
     * the claim {@code token} (one attempt each, as {@link WebhookDelivery#delivered} does); answers how many.
     * One statement for a whole batch of a claim's messages.
     */
    int markDelivered(Collection<Long> ids, String token, int statusCode, Instant now);

    /** The latest messages to an endpoint, newest first. */
    List<WebhookDelivery> latest(long webhookId, int max);

    /** Messages waiting to be delivered (the backlog metric). */
    long backlog();

    /** Deletes delivered messages delivered before {@code deliveredBefore} and failed ones created before {@code failedBefore}. */
    int prune(Instant deliveredBefore, Instant failedBefore);

    /** Records that the fact {@code key} was enqueued; false (and nothing written) if it already was. */
    boolean markOnce(String key, Instant now);

    /** Forgets once-keys older than {@code before}. */
    int pruneOnce(Instant before);
}
