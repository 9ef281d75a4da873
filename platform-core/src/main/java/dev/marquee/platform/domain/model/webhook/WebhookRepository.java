package dev.marquee.platform.domain.model.webhook;

import java.util.List;
import java.util.Optional;

/** The registered endpoints. */
public interface WebhookRepository {

    Webhook add(Webhook webhook);

    Optional<Webhook> find(long id);

    /** Every endpoint, instance-wide ones first. */
    List<Webhook> all();

    /** The endpoints of these events (not the instance-wide ones). */
    List<Webhook> ofEvents(List<Long> eventIds);

    /** The endpoints a fact of {@code eventId} goes to: that event's and the instance-wide ones (null: only those). */
    List<Webhook> subscribedTo(Long eventId);

    void remove(Webhook webhook);
}
