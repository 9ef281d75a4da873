package dev.marquee.platform.domain.model.mail;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Stores outbox mails; claiming is atomic so that several dispatchers never send the same mail. */
public interface OutboxRepository {

    OutboxMail add(OutboxMail mail);

    Optional<OutboxMail> find(long id);

    /** Ids of mails due at {@code now}: pending and due, or claimed by a dispatcher whose claim ran out. */
    List<Long> due(Instant now, int max);

    /** Marks one due mail as being sent until {@code until}; true if this caller got it. */
    boolean claim(long id, Instant now, Instant until);

    /**
     * Records why these mails wait (in their last error, as of {@code now}) if they are still waiting, leaving their
     * attempts and next attempt alone.
     */
    void noteWaiting(List<Long> ids, String reason, Instant now);

    /**
     * Withdraws the attendee's mails still waiting (not those being sent), erasing their bodies and
     * noting {@code reason}; answers how many.
     */
    int withdrawWaiting(long attendeeId, String reason);

    /** Counts and times across the whole outbox, for the mail status. */
    OutboxSummary summary();

    /** Mails not sent yet and not given up on (pending or being sent). */
    long backlog();

    /** The latest mail of each attendee of the event, by attendee id. */
    Map<Long, OutboxMail> latestByAttendee(long eventId);
}
