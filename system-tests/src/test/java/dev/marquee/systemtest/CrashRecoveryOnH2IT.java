package dev.marquee.systemtest;

import org.junit.jupiter.api.BeforeAll;

import java.util.Map;

/** Crash recovery on the embedded H2 database. */
class CrashRecoveryOnH2IT extends CrashRecoveryContract {

    @BeforeAll
    static void boot() {
        start(Map.of());
    }
}
