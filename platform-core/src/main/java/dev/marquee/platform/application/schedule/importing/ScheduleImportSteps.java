package dev.marquee.platform.application.schedule.importing;

import dev.marquee.platform.spi.web.Problem;
import dev.marquee.platform.domain.model.event.Event;
import dev.marquee.platform.domain.model.event.EventRepository;
import dev.marquee.platform.domain.model.schedule.ScheduleFeed;
import dev.marquee.platform.domain.model.schedule.ScheduleFeedRepository;
import dev.marquee.platform.domain.model.schedule.ScheduledSession;
import dev.marquee.platform.domain.model.schedule.ScheduledSessionRepository;
import dev.marquee.platform.domain.model.schedule.TimeSlot;
import dev.marquee.platform.domain.model.stage.Stage;
import dev.marquee.platform.domain.model.stage.StageRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The database side of a schedule import, each step one transaction: planning (and carrying out) an
 * import against the event's sessions, and the bookkeeping of schedule feeds. The network and parsing
 * happen before, outside any transaction.
 */
@ApplicationScoped
public class ScheduleImportSteps {

    /** Where a URL that is kept in sync comes from, and how often it is fetched. */
    public record FeedRequest(String url, int intervalMinutes) {
    }

    @Inject
    EventRepository events;

    @Inject
    StageRepository stages;

    @Inject
    ScheduledSessionRepository sessions;

    @Inject
    ScheduleFeedRepository feeds;

    private final Clock clock = Clock.systemUTC();

    /**
     * Plans the import of {@code file} into the event and, when {@code apply}, carries it out.
     *
     * @param mapping room → stage id as chosen, or null to propose one (the event's feed's mapping, else by name)
     * @param feed    when applying: keep this URL in sync from now on; null leaves the event's feed as it is
     */
    @Transactional
    public ImportOutcome run(long eventId, String digest, ParsedSchedule file, Map<String, Long> mapping, boolean apply,
                             FeedRequest feed) {
        Event event = events.find(eventId).orElseThrow(() -> Problem.notFound("Event " + eventId));
        if (apply) {
            sessions.lockForImport(eventId);
        }
        List<Stage> eventStages = stages.ofEvent(eventId);
        Map<String, Long> used = mapping != null ? checked(mapping, eventStages)
                : RoomMapping.propose(file.rooms().keySet(), eventStages,
                feeds.ofEvent(eventId).map(ScheduleFeed::mapping).orElse(Map.of()));
        Map<String, Stage> byRoom = new HashMap<>();
        used.forEach((room, stageId) -> eventStages.stream().filter(s -> s.id().equals(stageId)).findFirst()
                .ifPresent(stage -> byRoom.put(room, stage)));
        ImportPlan plan = ImportPlan.of(file, sessions.ofEvent(eventId), byRoom);
        if (apply) {
            plan.changes().forEach(this::carryOut);
            if (feed != null) {
                keepInSync(event, feed, used);
            }
        }
        return new ImportOutcome(digest, file, used, plan, apply);
    }

    /**
     * A feed's scheduled run: the import and its result in one transaction, so that whoever reads the
     * event's sessions and the feed's last result sees both before or both after it.
     */
    @Transactional
    public ImportOutcome syncFeed(long feedId, long eventId, String digest, ParsedSchedule file, Map<String, Long> mapping) {
        ImportOutcome outcome = run(eventId, digest, file, mapping, true, null);
        feeds.find(feedId).ifPresent(f -> f.ran(clock.instant(), outcome.summary(), null));
        return outcome;
    }

    private static Map<String, Long> checked(Map<String, Long> mapping, List<Stage> eventStages) {
        mapping.forEach((room, stageId) -> {
            if (stageId != null && eventStages.stream().noneMatch(s -> s.id().equals(stageId))) {
                throw Problem.invalid("The room \"" + RawTalk.cut(room, 80) + "\" is mapped to stage " + stageId
                        + ", which is not a stage of this event");
            }
        });
        return mapping;
    }

    private void carryOut(PlannedChange change) {
        ImportedTalk talk = change.talk();
        switch (change.kind()) {
            case CREATE -> sessions.add(new ScheduledSession(change.stage(), slot(talk), talk.title(),
                    talk.abstractText(), talk.speakers())).importedAs(talk.externalId());
            case UPDATE -> {
                ScheduledSession session = change.session();
                if (!session.stage().id().equals(change.stage().id())) {
                    session.moveTo(change.stage());
                }
                session.change(slot(talk), talk.title(), talk.abstractText(), talk.speakers());
                session.importedAs(talk.externalId());
            }
            case REMOVE -> sessions.remove(change.session());
            default -> {
                // UNCHANGED, KEEP, UNMAPPED: nothing to write
            }
        }
    }

    private static TimeSlot slot(ImportedTalk talk) {
        return new TimeSlot(talk.startsAt(), talk.endsAt());
    }

    private void keepInSync(Event event, FeedRequest request, Map<String, Long> mapping) {
        Instant now = clock.instant();
        Optional<ScheduleFeed> existing = feeds.ofEvent(event.id());
        if (existing.isPresent()) {
            existing.get().configure(request.url(), mapping, request.intervalMinutes(), now);
        } else {
            feeds.add(new ScheduleFeed(event, request.url(), mapping, request.intervalMinutes(), now));
        }
    }

    @Transactional
    public Optional<ScheduleFeed> feed(long eventId) {
        return feeds.ofEvent(eventId);
    }

    @Transactional
    public boolean stopFeed(long eventId) {
        Optional<ScheduleFeed> feed = feeds.ofEvent(eventId);
        feed.ifPresent(feeds::remove);
        return feed.isPresent();
    }

    /** The feeds due now, their events loaded. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<ScheduleFeed> due() {
        return feeds.due(clock.instant());
    }

    /**
     * Takes the feed's due run for this instance: false when it is not due any more. Another instance
     * claiming it at the same moment makes the commit fail (optimistic locking), and the feed is theirs.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean claim(long feedId) {
        Instant now = clock.instant();
        return feeds.find(feedId).filter(f -> !f.nextRunAt().isAfter(now)).map(f -> {
            f.scheduleNext(now.plus(f.interval()));
            return true;
        }).orElse(false);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordRun(long feedId, String result, String error) {
        feeds.find(feedId).ifPresent(f -> f.ran(clock.instant(), result, error));
    }
}
