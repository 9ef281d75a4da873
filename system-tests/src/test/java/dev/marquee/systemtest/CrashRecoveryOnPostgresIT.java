package dev.marquee.systemtest;

import org.junit.jupiter.api.BeforeAll;

import java.util.Map;

/** Crash recovery on PostgreSQL. */
class CrashRecoveryOnPostgresIT extends CrashRecoveryContract {

    private static final String SCHEMA = "marquee_crash_test";

    @BeforeAll
    static void boot() {
        SharedServers.resetSchema(SCHEMA);
        start(Map.of("MARQUEE_DB_URL", SharedServers.PG_URL + "?currentSchema=" + SCHEMA,
                "MARQUEE_DB_USER", "postgres", "MARQUEE_DB_PASSWORD", SharedServers.PG_PASSWORD));
    }
}
