package dev.marquee.platform.application.schedule.importing;

import dev.marquee.platform.application.Caller;
import dev.marquee.platform.spi.web.Problem;
import dev.marquee.platform.application.access.AccessPolicy;
import dev.marquee.platform.domain.model.schedule.ScheduleFeed;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Schedule imports for organizers: preview what a file (uploaded, or fetched from a URL) would change,
 * apply it with a room → stage mapping, and keep a URL in sync (fetched every few minutes by {@link
 * ScheduleFeedScheduler}). Files are read within {@code marquee.schedule.import.max-bytes} and
 * {@code marquee.schedule.import.max-talks}.
 */
@ApplicationScoped
public class ScheduleImportService {

    private static final Logger LOG = Logger.getLogger(ScheduleImportService.class.getName());
    static final int MIN_INTERVAL_MINUTES = 1;
    static final int MAX_INTERVAL_MINUTES = 24 * 60;

    @Inject
    ScheduleImportSteps steps;

    @Inject
    ScheduleFetcher fetcher;

    @Inject
    AccessPolicy access;

    @Inject
    @ConfigProperty(name = "marquee.schedule.import.max-bytes", defaultValue = "8388608")
    long maxBytes;

    @Inject
    @ConfigProperty(name = "marquee.schedule.import.max-talks", defaultValue = "3000")
    int maxTalks;

    private ScheduleReader reader;

    @PostConstruct
    void init() {
        reader = new ScheduleReader(new ScheduleLimits(maxBytes, maxTalks));
    }

    /** Refuses anyone who may not import a schedule into the event (everyone but its organizers). */
    public void requireImporter(Caller caller, long eventId) {
        access.requireOrganizerOf(caller, eventId);
    }

    /**
     * What importing the file would do with {@code mapping}, or with a proposed room → stage mapping
     * when it is null. Changes nothing.
     */
    public ImportOutcome preview(Caller caller, long eventId, ScheduleSource source, Map<String, Long> mapping) {
        access.requireOrganizerOf(caller, eventId);
        byte[] file = load(source);
        return steps.run(eventId, digest(file), parse(file), mapping, false, null);
    }

    /**
     * Imports the file with the organizer's mapping.
     *
     * @param digest      the preview's digest: when given, a file that changed since is refused (409)
     * @param syncMinutes for a URL: keep it in sync, fetching it every so many minutes; null: import once
     */
    public ImportOutcome apply(Caller caller, long eventId, ScheduleSource source, Map<String, Long> mapping,
                               String digest, Integer syncMinutes) {
        access.requireOrganizerOf(caller, eventId);
        if (mapping == null) {
            throw Problem.invalid("Give the mapping of rooms to stages (the preview proposes one)");
        }
        ScheduleImportSteps.FeedRequest feed = null;
        if (syncMinutes != null) {
            if (!source.isUrl()) {
                throw Problem.invalid("Only a schedule from a URL can be kept in sync; an uploaded file is imported once");
            }
            if (syncMinutes < MIN_INTERVAL_MINUTES || syncMinutes > MAX_INTERVAL_MINUTES) {
                throw Problem.invalid("Check for changes every 1 to 1440 minutes");
            }
            feed = new ScheduleImportSteps.FeedRequest(source.url().trim(), syncMinutes);
        }
        byte[] file = load(source);
        String actual = digest(file);
        if (digest != null && !digest.equalsIgnoreCase(actual)) {
            throw Problem.conflict("The schedule changed since the preview; preview it again before applying");
        }
        return steps.run(eventId, actual, parse(file), mapping, true, feed);
    }

    /** The URL the event keeps its schedule in sync with, if any. */
    public Optional<ScheduleFeed> feed(Caller caller, long eventId) {
        access.requireOrganizerOf(caller, eventId);
        return steps.feed(eventId);
    }

    public void stopFeed(Caller caller, long eventId) {
        access.requireOrganizerOf(caller, eventId);
        if (!steps.stopFeed(eventId)) {
            throw Problem.notFound("A schedule URL kept in sync for event " + eventId);
        }
    }

    /** The scheduler's pass: fetches and imports every due feed this instance can claim. */
    public void runDue() {
        for (ScheduleFeed feed : steps.due()) {
            if (!claim(feed)) {
                continue;
            }
            try {
                byte[] file = fetcher.fetch(feed.url(), reader);
                steps.syncFeed(feed.id(), feed.event().id(), digest(file), reader.read(file), feed.mapping());
            } catch (ScheduleParseException e) {
                steps.recordRun(feed.id(), null, e.getMessage());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Syncing the schedule of event " + feed.event().id() + " failed", e);
                steps.recordRun(feed.id(), null, "the import stopped on an internal error ("
                        + e.getClass().getSimpleName() + "); the server log has the details");
            }
        }
    }

    private boolean claim(ScheduleFeed feed) {
        try {
            return steps.claim(feed.id());
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Schedule feed " + feed.id() + " was claimed elsewhere", e);
            return false;
        }
    }

    private byte[] load(ScheduleSource source) {
        try {
            if (source.isUrl()) {
                return fetcher.fetch(source.url(), reader);
            }
            if (source.file() == null) {
                throw Problem.invalid("Upload a schedule file or give its URL");
            }
            if (source.file().length > maxBytes) {
                throw Problem.invalid("The file is larger than " + maxBytes + " bytes, more than Marquee imports at once");
            }
            return source.file();
        } catch (ScheduleParseException e) {
            throw Problem.invalid(e.getMessage());
        }
    }

    private ParsedSchedule parse(byte[] file) {
        try {
            return reader.read(file);
        } catch (ScheduleParseException e) {
            throw Problem.invalid(e.getMessage());
        }
    }

    static String digest(byte[] file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
