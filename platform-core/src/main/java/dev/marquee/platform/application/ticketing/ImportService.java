package dev.marquee.platform.application.ticketing;

import dev.marquee.platform.application.Caller;
import dev.marquee.platform.spi.web.Problem;
import dev.marquee.platform.application.access.AccessPolicy;
import dev.marquee.platform.domain.model.event.EventRepository;
import dev.marquee.platform.domain.model.ticketing.EventTicketSource;
import dev.marquee.platform.domain.model.ticketing.ImportCounts;
import dev.marquee.platform.domain.model.ticketing.ImportRun;
import dev.marquee.platform.domain.model.ticketing.ImportRunRepository;
import dev.marquee.platform.domain.model.ticketing.ImportTrigger;
import dev.marquee.platform.domain.model.ticketing.RejectedRow;
import dev.marquee.platform.domain.model.ticketing.TicketSourceRepository;
import dev.marquee.platform.infrastructure.metrics.TicketMetrics;
import dev.marquee.platform.infrastructure.plugins.PluginRegistry;
import dev.marquee.platform.spi.settings.Settings;
import dev.marquee.platform.spi.ticketing.TicketSink;
import dev.marquee.platform.spi.ticketing.TicketSource;
import dev.marquee.platform.spi.ticketing.TicketSourceException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs imports: on schedule, on "import now" and from uploaded files. One import per event at a time,
 * across every instance that shares the database (a lease-based lock row per event). Not
 * transactional itself: each chunk and each piece of bookkeeping commits on its own.
 */
@ApplicationScoped
public class ImportService {

    private static final Logger LOG = Logger.getLogger(ImportService.class.getName());
    private static final String INSTANCE = ManagementFactory.getRuntimeMXBean().getName();

    @Inject
    ImportSteps steps;

    @Inject
    TicketImporter importer;

    @Inject
    TicketSourceRepository sources;

    @Inject
    ImportRunRepository runs;

    @Inject
    EventRepository events;

    @Inject
    PluginRegistry plugins;

    @Inject
    AccessPolicy access;

    @Inject
    TicketMetrics metrics;

    /**
     * Imports from every ticket source of the event now, reading each export whole; answers the run
     * of the last source (an event usually has one; every run is listed in the history).
     */
    public ImportRun runNow(Caller caller, long eventId) {
        access.requireOrganizerOf(caller, eventId);
        events.find(eventId).orElseThrow(() -> Problem.notFound("Event " + eventId));
        List<EventTicketSource> configured = sources.ofEvent(eventId);
        if (configured.isEmpty()) {
            throw Problem.conflict("This event has no ticket source yet; add one, or upload a CSV file");
        }
        ImportRun last = null;
        for (EventTicketSource source : configured) {
            last = runExclusively(eventId, source, ImportTrigger.MANUAL, null, true);
        }
        return last;
    }

    /** Imports an uploaded file with the event's first source that reads files (its settings apply). */
    public ImportRun upload(Caller caller, long eventId, InputStream file) {
        access.requireOrganizerOf(caller, eventId);
        events.find(eventId).orElseThrow(() -> Problem.notFound("Event " + eventId));
        EventTicketSource source = sources.ofEvent(eventId).stream().findFirst().orElse(null);
        return runExclusively(eventId, source, ImportTrigger.UPLOAD, file, true);
    }

    /** The scheduler's pass: every due source whose event is not importing already. */
    public void runDue() {
        for (EventTicketSource source : steps.due()) {
            TicketSource plugin = plugins.ticketSource(source.type()).orElse(null);
            if (plugin == null || !plugin.configured() || !claim(source, plugin)) {
                continue;
            }
            try {
                runExclusively(source.event().id(), source, ImportTrigger.SCHEDULE, null, false);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Scheduled import of ticket source " + source.id() + " failed", e);
            }
        }
    }

    /**
     * Takes the source's due run for this instance. Another instance claiming the same source at the
     * same moment makes this claim fail (optimistic locking): that source is simply theirs, and the
     * pass goes on with the next one.
     */
    private boolean claim(EventTicketSource source, TicketSource plugin) {
        Duration interval = PollIntervals.of(plugin, Settings.of(source.settings()));
        try {
            return steps.claimDue(source.id(), interval);
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Ticket source " + source.id() + " was claimed elsewhere", e);
            return false;
        }
    }

    public List<ImportRun> history(Caller caller, long eventId) {
        access.requireOrganizerOf(caller, eventId);
        events.find(eventId).orElseThrow(() -> Problem.notFound("Event " + eventId));
        return runs.latest(eventId, 50);
    }

    private ImportRun runExclusively(long eventId, EventTicketSource source, ImportTrigger trigger, InputStream file,
                                     boolean refuseWhenBusy) {
        String holder = INSTANCE + "/" + UUID.randomUUID();
        if (!steps.lock(eventId, holder)) {
            if (refuseWhenBusy) {
                throw Problem.conflict("An import of this event is running; try again when it has finished");
            }
            return null;
        }
        try {
            return run(eventId, source, trigger, file, holder);
        } finally {
            steps.unlock(eventId, holder);
        }
    }

    private ImportRun run(long eventId, EventTicketSource source, ImportTrigger trigger, InputStream file,
                          String holder) {
        TicketSource plugin = plugin(source);
        Settings settings = source == null ? defaults(plugin) : Settings.of(source.settings());
        Long sourceId = source == null ? null : source.id();
        long runId = steps.start(eventId, sourceId, plugin.id(), trigger);
        Map<String, String> known = steps.fingerprints(eventId, plugin.id());
        Map<String, Long> attendeeIds = new HashMap<>(steps.attendeeIds(eventId));
        ImportCollector[] collector = new ImportCollector[1];
        collector[0] = new ImportCollector(known,
                rows -> importer.apply(eventId, plugin.id(), rows, known.keySet(), attendeeIds),
                () -> steps.progress(runId, collector[0].counts(), collector[0].rejections(), eventId, holder));
        collector[0].onAttendeesCreated(attendeeIds::putAll);
        try {
            String cursor = null;
            if (file != null) {
                plugin.read(settings, file, collector[0]);
            } else {
                // "Import now" reads everything, so its summary is complete; the schedule reads what changed.
                String since = trigger == ImportTrigger.SCHEDULE ? source.cursor() : null;
                cursor = plugin.fetch(settings, since, collector[0]);
            }
            collector[0].flush();
            if (collector[0].counts().rowsRead() > 0) {
                collector[0].countMissing();
            }
            ImportRun done = steps.succeed(runId, collector[0].counts(), collector[0].rejections(), sourceId, cursor);
            metrics.runEnded(true, collector[0].counts());
            return done;
        } catch (TicketSourceException e) {
            LOG.info("Import " + runId + " of event " + eventId + " failed: " + e.getMessage());
            return failed(runId, collector[0], e.getMessage() == null ? "the ticket source failed" : e.getMessage());
        } catch (RuntimeException e) {
            // Its message may quote data (a database constraint, a parser): the log has it, the run does not.
            LOG.log(Level.WARNING, "Import " + runId + " of event " + eventId + " failed", e);
            return failed(runId, collector[0], "the import stopped on an internal error (" + e.getClass().getSimpleName()
                    + "); the server log has the details");
        }
    }

    private ImportRun failed(long runId, ImportCollector collector, String reason) {
        List<RejectedRow> rejected = new ArrayList<>(collector.rejections());
        ImportCounts counts = collector.counts();
        metrics.runEnded(false, counts);
        return steps.fail(runId, counts, rejected, reason);
    }

    private TicketSource plugin(EventTicketSource source) {
        if (source != null) {
            return plugins.ticketSource(source.type()).orElseThrow(() -> Problem.conflict(
                    "The ticket source type '" + source.type() + "' is not installed"));
        }
        return plugins.ofType(TicketSource.class).stream().findFirst().orElseThrow(() -> Problem.conflict(
                "No ticketing plugin is installed, so there is nothing to read the file with"));
    }

    private static Settings defaults(TicketSource plugin) {
        return plugin.sourceSettings().validate(java.util.Map.of(), Settings.empty()).settings();
    }
}
