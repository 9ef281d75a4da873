package dev.marquee.platform.application.ticketing;

import dev.marquee.platform.application.webhook.WebhookFacts;
import dev.marquee.platform.application.webhook.WebhookOutbox;
import dev.marquee.platform.domain.model.attendee.TicketRepository;
import dev.marquee.platform.domain.model.ticketing.ImportCounts;
import dev.marquee.platform.domain.model.ticketing.ImportRun;
import dev.marquee.platform.domain.model.ticketing.ImportRunRepository;
import dev.marquee.platform.domain.model.ticketing.ImportTrigger;
import dev.marquee.platform.domain.model.ticketing.RejectedRow;
import dev.marquee.platform.domain.model.ticketing.TicketSourceRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The bookkeeping of an import, each step its own transaction so that progress is visible to other
 * requests and a crash loses at most the chunk in flight (which the next run redoes: rows are keyed by
 * ticket id).
 */
@ApplicationScoped
public class ImportSteps {

    /** How long a lock holds without renewal; each chunk renews it, so only a dead instance lets it lapse. */
    @Inject
    @ConfigProperty(name = "marquee.tickets.import-lease", defaultValue = "PT5M")
    Duration lease;

    @Inject
    ImportRunRepository runs;

    @Inject
    WebhookOutbox webhooks;

    @Inject
    TicketRepository tickets;

    @Inject
    TicketSourceRepository sources;

    @Inject
    dev.marquee.platform.domain.model.attendee.AttendeeRepository attendees;

    private final Clock clock = Clock.systemUTC();

    /**
     * Takes the event's import lock. Runs of the event still marked running belong to an instance that
     * died (its lease lapsed, or we could not have the lock): they are marked failed.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean lock(long eventId, String holder) {
        Instant now = clock.instant();
        boolean taken;
        try {
            taken = runs.tryLock(eventId, holder, now.plus(lease), now);
        } catch (PersistenceException e) {
            return false; // another instance inserted the event's first lock row at the same moment
        }
        if (taken) {
            runs.running(eventId).forEach(run -> run.fail("interrupted: the instance running it stopped", now));
        }
        return taken;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void unlock(long eventId, String holder) {
        runs.unlock(eventId, holder);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long start(long eventId, Long sourceId, String sourceType, ImportTrigger trigger) {
        return runs.add(new ImportRun(eventId, sourceId, sourceType, trigger, clock.instant())).id();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Map<String, String> fingerprints(long eventId, String sourceType) {
        return tickets.fingerprints(eventId, sourceType);
    }

    /** The ids of the event's attendees by email, so that new buyers need no lookup. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Map<String, Long> attendeeIds(long eventId) {
        return attendees.idsByEmail(eventId);
    }

    /** Records progress and extends the lock's lease. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void progress(long runId, ImportCounts counts, List<RejectedRow> rejected, long eventId, String holder) {
        runs.find(runId).ifPresent(run -> run.progress(counts, rejected));
        Instant now = clock.instant();
        runs.tryLock(eventId, holder, now.plus(lease), now);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public ImportRun succeed(long runId, ImportCounts counts, List<RejectedRow> rejected, Long sourceId, String cursor) {
        ImportRun run = runs.find(runId).orElseThrow();
        run.progress(counts, rejected);
        run.succeed(clock.instant());
        if (sourceId != null) {
            sources.find(sourceId).ifPresent(source -> source.ranUntil(cursor));
        }
        webhooks.enqueue(WebhookFacts.importFinished(run));
        return run;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public ImportRun fail(long runId, ImportCounts counts, List<RejectedRow> rejected, String reason) {
        ImportRun run = runs.find(runId).orElseThrow();
        run.progress(counts, rejected);
        run.fail(reason, clock.instant());
        webhooks.enqueue(WebhookFacts.importFinished(run));
        return run;
    }

    /** The sources due now, their events loaded. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<dev.marquee.platform.domain.model.ticketing.EventTicketSource> due() {
        return sources.due(clock.instant());
    }

    /** Sets when the source runs next; false if it was not due any more (another instance took it). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean claimDue(long sourceId, Duration interval) {
        Instant now = clock.instant();
        return sources.find(sourceId).filter(s -> !s.nextRunAt().isAfter(now)).map(s -> {
            s.scheduleNext(now.plus(interval));
            return true;
        }).orElse(false);
    }
}
