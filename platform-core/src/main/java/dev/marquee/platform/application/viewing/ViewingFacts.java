package dev.marquee.platform.application.viewing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stage facts and session owners for the ledger, cached: a stage's facts for {@value #FRESH_MILLIS} ms
 * (so a changed limit or schedule holds within seconds), a session's owner for as long as it is cached
 * (a session never changes hands). Both caches are bounded and start over when full.
 */
@ApplicationScoped
public class ViewingFacts {

    static final long FRESH_MILLIS = 5_000;
    private static final int MAX_ENTRIES = 50_000;

    @Inject
    ViewingLookups lookups;

    private final Clock clock = Clock.systemUTC();
    private final Map<Long, StageFacts> stages = new ConcurrentHashMap<>();
    private final Map<Long, Person> people = new ConcurrentHashMap<>();

    Optional<StageFacts> stage(long stageId) {
        long now = clock.millis();
        StageFacts known = stages.get(stageId);
        if (known != null && now - known.readAt() < FRESH_MILLIS) {
            return Optional.of(known);
        }
        Optional<StageFacts> read = lookups.stage(stageId, now);
        if (stages.size() >= MAX_ENTRIES) {
            stages.clear();
        }
        read.ifPresentOrElse(f -> stages.put(stageId, f), () -> stages.remove(stageId));
        return read;
    }

    /**
     * Remembers the person of a session just opened on this instance, so their first playback here needs
     * no database read (the sign-in has the person in hand already).
     */
    public void signedIn(long sessionId, String subject, String displayName) {
        if (sessionId <= 0) {
            return;
        }
        if (people.size() >= MAX_ENTRIES) {
            people.clear();
        }
        people.put(sessionId, new Person(subject, displayName));
    }

    /** The person of a sign-in session; empty for 0 (a guest) and for a session that does not exist. */
    Optional<Person> person(long sessionId) {
        if (sessionId <= 0) {
            return Optional.empty();
        }
        Person known = people.get(sessionId);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<Person> read = lookups.person(sessionId);
        if (people.size() >= MAX_ENTRIES) {
            people.clear();
        }
        read.ifPresent(p -> people.put(sessionId, p));
        return read;
    }
}
