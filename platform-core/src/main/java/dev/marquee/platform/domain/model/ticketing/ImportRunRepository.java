package dev.marquee.platform.domain.model.ticketing;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Stores import runs, and the per-event import lock shared by every instance on the database. */
public interface ImportRunRepository {

    Optional<ImportRun> find(long id);

    /** The event's latest runs, newest first. */
    List<ImportRun> latest(long eventId, int max);

    ImportRun add(ImportRun run);

    /** The event's runs still marked running. */
    List<ImportRun> running(long eventId);

    /** Takes the event's import lock until {@code until} unless someone else holds it; true if taken. */
    boolean tryLock(long eventId, String holder, Instant until, Instant now);

    /** Releases the lock if {@code holder} holds it. */
    void unlock(long eventId, String holder);
}
