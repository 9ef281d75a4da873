package dev.marquee.platform.application.webhook;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookSettingsTest {

    private static WebhookSettings settings(Duration lease, Duration timeout, int perEndpoint) {
        WebhookSettings s = new WebhookSettings();
        s.lease = lease;
        s.timeout = timeout;
        s.perEndpoint = perEndpoint;
        return s;
    }

    @Test
    void aClaimBatchIsWhatTheLanesGetThroughInHalfALeaseAtTheTimeoutEach() {
        assertThat(settings(Duration.ofMinutes(2), Duration.ofSeconds(10), 8).claimBatch())
                .as("8 lanes, 6 attempts of 10 s in a minute").isEqualTo(48);
        assertThat(settings(Duration.ofMinutes(2), Duration.ofSeconds(30), 4).claimBatch()).isEqualTo(8);
    }

    @Test
    void aClaimBatchIsAtLeastOneRoundAndAtMostTheCap() {
        assertThat(settings(Duration.ofSeconds(8), Duration.ofSeconds(5), 8).claimBatch()).isEqualTo(8);
        assertThat(settings(Duration.ofHours(1), Duration.ofSeconds(1), 16).claimBatch())
                .isEqualTo(WebhookSettings.MAX_CLAIM_BATCH);
    }
}
