package dev.marquee.platform.infrastructure.metrics;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

import java.util.function.LongSupplier;

/**
 * Outgoing webhooks: {@code marquee_webhooks_attempts{outcome=delivered|retry|failed}} (an attempt
 * delivered; failed and to be tried again; failed for the last time) and the gauge
 * {@code marquee_webhooks_backlog} (messages waiting or being sent, read from the outbox).
 */
@ApplicationScoped
public class WebhookMetrics {

    @Inject
    MetricRegistry registry;

    private Counter delivered;
    private Counter retry;
    private Counter failed;
    private final BacklogGauge backlog = new BacklogGauge();

    /** Created with the application, so that the metrics are listed (at zero) before anything happened. */
    void eager(@Observes @Initialized(ApplicationScoped.class) Object started) {
        // creating the bean registers the metrics
    }

    @PostConstruct
    void register() {
        Metadata attempts = Metadata.builder().withName("marquee_webhooks_attempts")
                .withDescription("Webhook delivery attempts, by outcome (retry: failed, tried again later)").build();
        delivered = registry.counter(attempts, new Tag("outcome", "delivered"));
        retry = registry.counter(attempts, new Tag("outcome", "retry"));
        failed = registry.counter(attempts, new Tag("outcome", "failed"));
        registry.gauge(Metadata.builder().withName("marquee_webhooks_backlog")
                .withDescription("Webhook messages waiting to be delivered or being delivered").build(),
                backlog, BacklogGauge::read);
    }

    /** Where the backlog gauge reads from (the outbox). */
    public void backlogFrom(LongSupplier source) {
        backlog.from(source);
    }


    public void delivered() {
        delivered.inc();
    }

    public void retry() {
        retry.inc();
    }

    public void failed() {
        failed.inc();
    }
}
