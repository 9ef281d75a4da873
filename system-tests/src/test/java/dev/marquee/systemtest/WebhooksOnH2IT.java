package dev.marquee.systemtest;

import org.junit.jupiter.api.BeforeAll;

import java.util.Map;

/** Outgoing webhooks on the embedded H2 database. */
class WebhooksOnH2IT extends WebhooksContract {

    @BeforeAll
    static void boot() {
        start("hooks-h2", Map.of());
    }
}
