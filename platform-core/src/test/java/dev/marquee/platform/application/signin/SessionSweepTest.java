package dev.marquee.platform.application.signin;

import dev.marquee.platform.domain.model.signin.SignInSession;
import dev.marquee.platform.domain.model.signin.SignInSessionRepository;
import dev.marquee.platform.spi.auth.SessionGuard;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class SessionSweepTest {

    /** The database's view: which session ids are active, and how often it was asked. */
    private static final class Sessions implements SignInSessionRepository {
        final Set<Long> active = new HashSet<>();
        final AtomicInteger queries = new AtomicInteger();

        @Override
        public Set<Long> activeAmong(Collection<Long> ids, Instant now) {
            queries.incrementAndGet();
            Set<Long> found = new HashSet<>(ids);
            found.retainAll(active);
            return found;
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
        public SignInSession add(SignInSession session) {
            return session;
        }

        @Override
        public void remove(SignInSession session) {
        }

        @Override
        public List<SignInSession> activeOf(String subject, Instant now) {
            return List.of();
        }

        @Override
        public List<Long> activeIdsOf(String subject, Instant now) {
            return List.of();
        }

        @Override
        public int end(java.util.Collection<Long> ids, String reason, Instant now) {
            return 0;
        }

        @Override
        public int removeExpired(Instant now) {
            return 0;
        }
    }

    private final Sessions database = new Sessions();

    private SessionSweep sweep() {
        SessionSweep sweep = new SessionSweep();
        sweep.sessions = new ActiveSessions();
        sweep.sessions.sessions = database;
        return sweep;
    }

    @Test
    void whatASessionOpenedEndsWhenAnotherInstanceEndedIt() {
        SessionSweep sweep = sweep();
        database.active.addAll(List.of(1L, 2L));
        AtomicInteger closed = new AtomicInteger();
        sweep.watch(1, closed::incrementAndGet);
        sweep.watch(1, closed::incrementAndGet);
        SessionGuard.Watch other = sweep.watch(2, closed::incrementAndGet);

        sweep.sweep();
        assertThat(closed).hasValue(0);
        database.active.remove(1L);
        sweep.sweep();
        assertThat(closed).as("both connections of session 1, once each").hasValue(2);
        sweep.sweep();
        assertThat(closed).hasValue(2);
        assertThat(sweep.active(1)).isFalse();

        other.close();
        database.active.remove(2L);
        sweep.sweep();
        assertThat(closed).as("a watch closed first is not called").hasValue(2);
    }

    @Test
    void anEndingHereRunsAtOnceAndAWatchOfAnEndedSessionFiresAtOnce() {
        SessionSweep sweep = sweep();
        database.active.add(5L);
        AtomicInteger closed = new AtomicInteger();
        sweep.watch(5, closed::incrementAndGet);
        database.active.remove(5L);
        sweep.ended(List.of(5L));
        assertThat(closed).hasValue(1);
        assertThat(sweep.active(5)).isFalse();
        sweep.watch(5, closed::incrementAndGet);
        assertThat(closed).hasValue(2);
    }

    @Test
    void requestsAreAnsweredFromWhatTheSweepsLearn() {
        SessionSweep sweep = sweep();
        database.active.add(9L);
        assertThat(sweep.active(9)).isTrue();
        int afterFirst = database.queries.get();
        for (int i = 0; i < 100; i++) {
            assertThat(sweep.active(9)).isTrue();
        }
        assertThat(database.queries.get()).as("a hundred requests, no more queries").isEqualTo(afterFirst);
        database.active.remove(9L);
        sweep.sweep();
        assertThat(sweep.active(9)).as("the next sweep sees the ending").isFalse();
    }
}
