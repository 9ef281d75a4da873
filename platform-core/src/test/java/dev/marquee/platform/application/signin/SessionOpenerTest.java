package dev.marquee.platform.application.signin;

import dev.marquee.platform.application.AfterCommit;
import dev.marquee.platform.domain.model.signin.SignInSession;
import dev.marquee.platform.domain.model.signin.SignInSessionRepository;
import dev.marquee.platform.spi.auth.Identity;
import dev.marquee.platform.spi.auth.Role;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The device limit as statements: which sessions end, and that no query runs without a limit. */
class SessionOpenerTest {

    /** Active session ids newest first, what was added and ended, and how often ids were asked for. */
    private static final class Sessions implements SignInSessionRepository {
        final List<Long> active = new ArrayList<>();
        final List<SignInSession> added = new ArrayList<>();
        final List<Long> ended = new ArrayList<>();
        int idQueries;

        @Override
        public List<Long> activeIdsOf(String subject, Instant now) {
            idQueries++;
            return List.copyOf(active);
        }

        @Override
        public int end(Collection<Long> ids, String reason, Instant now) {
            assertThat(reason).isEqualTo(SignInService.DEVICE_LIMIT);
            ended.addAll(ids);
            return ids.size();
        }

        @Override
        public SignInSession add(SignInSession session) {
            added.add(session);
            return session;
        }

        @Override
        public Optional<SignInSession> findByTokenHash(String tokenHash) {
            return Optional.empty();
        }

        @Override
        public Optional<SignInSession> find(long id) {
            return Optional.empty();
        }

        @Override
        public void remove(SignInSession session) {
        }

        @Override
        public List<SignInSession> activeOf(String subject, Instant now) {
            return List.of();
        }

        @Override
        public Set<Long> activeAmong(Collection<Long> ids, Instant now) {
            return Set.of();
        }

        @Override
        public int removeExpired(Instant now) {
            return 0;
        }
    }

    private final Sessions database = new Sessions();

    private SessionOpener opener() {
        SessionOpener opener = new SessionOpener();
        opener.sessions = database;
        opener.ttl = Duration.ofHours(24);
        opener.sweep = new SessionSweep();
        opener.afterCommit = new AfterCommit() {
            @Override
            public void run(Runnable work) {
                work.run();
            }
        };
        return opener;
    }

    private static final Identity ATTENDEE = new Identity("attendee:7", "Ada", "ada@example.test", Set.of(Role.VIEWER), 1L);

    @Test
    void aThirdDeviceEndsTheOldestWhenTwoAreAllowed() {
        database.active.addAll(List.of(12L, 11L));
        opener().open(ATTENDEE, "access-code", SessionOpener.Secrets.fresh(), 2);
        assertThat(database.ended).containsExactly(11L);
        assertThat(database.added).hasSize(1);
    }

    @Test
    void withinTheLimitNothingEnds() {
        database.active.add(11L);
        opener().open(ATTENDEE, "access-code", SessionOpener.Secrets.fresh(), 2);
        assertThat(database.ended).isEmpty();
    }

    @Test
    void oneDeviceEndsEveryOtherSession() {
        database.active.addAll(List.of(13L, 12L, 11L));
        opener().open(ATTENDEE, "access-code", SessionOpener.Secrets.fresh(), 1);
        assertThat(database.ended).containsExactly(13L, 12L, 11L);
    }

    @Test
    void withoutALimitTheActiveSessionsAreNotEvenAskedFor() {
        database.active.addAll(List.of(13L, 12L, 11L));
        opener().open(ATTENDEE, "password", SessionOpener.Secrets.fresh(), Integer.MAX_VALUE);
        assertThat(database.idQueries).isZero();
        assertThat(database.ended).isEmpty();
    }

    @Test
    void onlyHashesAreStoredAndTheSecretsAreNotPrinted() {
        SessionOpener.Secrets secrets = SessionOpener.Secrets.fresh();
        opener().open(ATTENDEE, "access-code", secrets, 2);
        SignInSession stored = database.added.get(0);
        assertThat(stored.csrfHash()).isEqualTo(secrets.csrfHash()).isNotEqualTo(secrets.csrfToken());
        assertThat(secrets.toString()).doesNotContain(secrets.token()).doesNotContain(secrets.csrfToken());
    }
}
