package dev.marquee.systemtest;

import org.junit.jupiter.api.BeforeAll;

import java.util.Map;

/** Outgoing webhooks on PostgreSQL. */
class WebhooksOnPostgresIT extends WebhooksContract {

    private static final String SCHEMA = "marquee_webhooks_test";

    @BeforeAll
    static void boot() {
        SharedServers.resetSchema(SCHEMA);
        start("hooks-pg", Map.of("MARQUEE_DB_URL", SharedServers.PG_URL + "?currentSchema=" + SCHEMA,
                "MARQUEE_DB_USER", "postgres", "MARQUEE_DB_PASSWORD", SharedServers.PG_PASSWORD));
    }
}
