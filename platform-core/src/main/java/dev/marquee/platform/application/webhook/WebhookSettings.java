package dev.marquee.platform.application.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

/** The operator's webhook settings ({@code marquee.webhooks.*}), read once. */
@ApplicationScoped
public class WebhookSettings {

    /** The most messages one claim takes for one endpoint. */
    static final int MAX_CLAIM_BATCH = 64;

    @Inject
    @ConfigProperty(name = "marquee.webhooks.dispatch-interval", defaultValue = "PT1S")
    Duration dispatchInterval;

    @Inject
    @ConfigProperty(name = "marquee.webhooks.first-retry", defaultValue = "PT5S")
    Duration firstRetry;

    @Inject
    @ConfigProperty(name = "marquee.webhooks.max-retry-interval", defaultValue = "PT1H")
    Duration maxRetryInterval;

    @Inject
    @ConfigProperty(name = "marquee.webhooks.retry-for", defaultValue = "PT24H")
    Duration retryFor;

    @Inject
    @ConfigProperty(name = "marquee.webhooks.timeout", defaultValue = "PT10S")
    Duration timeout;

    @Inject
    @ConfigProperty(name = "marquee.webhooks.lease", defaultValue = "PT2M")
    Duration lease;

    @Inject
    @ConfigProperty(name = "marquee.webhooks.parallelism", defaultValue = "16")
    int parallelism;

    @Inject
    @ConfigProperty(name = "marquee.webhooks.per-endpoint", defaultValue = "8")
    int perEndpoint;

    @Inject
    @ConfigProperty(name = "marquee.webhooks.session-check-interval", defaultValue = "PT15S")
    Duration sessionCheckInterval;

    @Inject
    @ConfigProperty(name = "marquee.webhooks.keep-delivered", defaultValue = "P7D")
    Duration keepDelivered;

    @Inject
    @ConfigProperty(name = "marquee.webhooks.keep-failed", defaultValue = "P30D")
    Duration keepFailed;

    public Duration dispatchInterval() {
        return dispatchInterval;
    }

    public RetrySchedule retries() {
        return new RetrySchedule(firstRetry, maxRetryInterval);
    }

    public Duration retryFor() {
        return retryFor;
    }

    public Duration timeout() {
        return timeout;
    }

    /** How long a claim holds: longer than an attempt can take, so only a dead instance's claim lapses. */
    public Duration lease() {
        return lease;
    }

    public int parallelism() {
        return Math.max(1, parallelism);
    }

    public int perEndpoint() {
        return Math.max(1, perEndpoint);
    }

    /**
     * How many messages one claim takes for one endpoint: a batch, so that a claim (a transaction) serves
     * many attempts, yet no more than the endpoint's sending lanes get through within half a lease even if
     * every attempt takes the whole timeout (a message still waiting then is left for its lease to lapse).
     */
    public int claimBatch() {
        long rounds = Math.max(1, lease.toMillis() / Math.max(1, 2 * timeout.toMillis()));
        return (int) Math.min(MAX_CLAIM_BATCH, perEndpoint() * rounds);
    }

    public Duration sessionCheckInterval() {
        return sessionCheckInterval;
    }

    public Duration keepDelivered() {
        return keepDelivered;
    }

    public Duration keepFailed() {
        return keepFailed;
    }
}
