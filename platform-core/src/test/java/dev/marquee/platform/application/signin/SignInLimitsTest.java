package dev.marquee.platform.application.signin;

import dev.marquee.platform.infrastructure.cluster.GridMembers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

class SignInLimitsTest {

    private static GridMembers members;

    @BeforeAll
    static void startGrid() {
        members = GridMembers.started(2);
    }

    @AfterAll
    static void stopGrid() {
        members.close();
    }

    private static SignInLimits limits(int member, int perAddress, int perNetwork, int global) {
        SignInLimits limits = new SignInLimits();
        limits.grid = members.grid(member);
        limits.perAddress = perAddress;
        limits.perNetwork = perNetwork;
        limits.global = global;
        limits.init();
        return limits;
    }

    @Test
    void sixtyParallelWrongAttemptsFromOneAddressGetTenTries() throws Exception {
        SignInLimits onA = limits(0, 10, 100, 1000);
        SignInLimits onB = limits(1, 10, 100, 1000);
        ExecutorService pool = Executors.newFixedThreadPool(60);
        try {
            List<Future<Boolean>> attempts = new ArrayList<>();
            for (int i = 0; i < 120; i++) {
                SignInLimits limits = i % 2 == 0 ? onA : onB;
                attempts.add(pool.submit(() -> {
                    boolean allowed = limits.take("password-test", "198.51.100.7").isZero();
                    if (allowed) {
                        limits.failed("password-test", "198.51.100.7");
                    }
                    return allowed;
                }));
            }
            int tried = 0;
            for (Future<Boolean> attempt : attempts) {
                tried += attempt.get() ? 1 : 0;
            }
            assertThat(tried).isEqualTo(10);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aRightAnswerGivesItsAttemptBack() {
        SignInLimits limits = limits(0, 2, 100, 1000);
        for (int i = 0; i < 5; i++) {
            assertThat(limits.take("code-test", "198.51.100.8")).isZero();
            limits.succeeded("code-test", "198.51.100.8");
        }
        limits.take("code-test", "198.51.100.8");
        limits.failed("code-test", "198.51.100.8");
        limits.take("code-test", "198.51.100.8");
        limits.failed("code-test", "198.51.100.8");
        assertThat(limits.take("code-test", "198.51.100.8")).isPositive();
    }

    @Test
    void neighboursShareTheirNetworksBudget() {
        SignInLimits limits = limits(0, 10, 4, 1000);
        for (int host = 1; host <= 4; host++) {
            assertThat(limits.take("net-test", "203.0.113." + host)).isZero();
            limits.failed("net-test", "203.0.113." + host);
        }
        assertThat(limits.take("net-test", "203.0.113.77")).as("the /24 used its four").isPositive();
        assertThat(limits.take("net-test", "203.0.114.1")).as("another /24").isZero();
    }

    @Test
    void junkFromHundredsOfAddressesDoesNotLockOutSomeoneWhoHasNotFailed() {
        SignInLimits limits = limits(0, 10, 1000, 50);
        for (int i = 0; i < 300; i++) {
            String attacker = "10." + (i / 250) + "." + (i % 250) + ".1";
            if (limits.take("flood-test", attacker).isZero()) {
                limits.failed("flood-test", attacker);
            }
        }
        assertThat(limits.take("flood-test", "10.0.7.1")).as("an attacker's address, under pressure").isPositive();
        assertThat(limits.take("flood-test", "192.0.2.44")).as("someone who never failed still gets through").isZero();
    }

    @Test
    void anAccountGetsGrowingDelaysFromAnyAddress() {
        Instant[] now = {Instant.parse("2026-12-05T10:00:00Z")};
        Clock clock = new Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now[0];
            }
        };
        AccountLockouts lockouts = new AccountLockouts(members.grid(1), 5, clock);
        for (int i = 1; i <= 4; i++) {
            assertThat(lockouts.attempt("Org@Example.org")).as("attempt " + i).isEmpty();
        }
        assertThat(lockouts.attempt("org@example.org")).as("the fifth is checked, and locks the next").isEmpty();
        assertThat(lockouts.attempt("org@example.org")).contains(Duration.ofSeconds(30));
        now[0] = now[0].plusSeconds(31);
        assertThat(lockouts.attempt("org@example.org")).isEmpty();
        assertThat(lockouts.attempt("org@example.org")).contains(Duration.ofSeconds(60));
        now[0] = now[0].plusSeconds(61);
        lockouts.attempt("org@example.org");
        assertThat(lockouts.attempt("org@example.org")).contains(Duration.ofSeconds(120));
        now[0] = now[0].plusSeconds(121);
        assertThat(lockouts.attempt("org@example.org")).isEmpty();
        lockouts.succeeded("org@example.org");
        assertThat(lockouts.attempt("org@example.org")).as("a right password starts the count again").isEmpty();
        assertThat(lockouts.attempt("other@example.org")).isEmpty();
        assertThat(lockouts.lockMillis(40)).isEqualTo(Duration.ofMinutes(15).toMillis());
    }
}
