package dev.marquee.platform.application.viewing;

import dev.marquee.platform.domain.model.viewing.ViewingRecord;
import dev.marquee.platform.infrastructure.cluster.DataGrid;
import dev.marquee.platform.infrastructure.cluster.GridCalls;
import dev.marquee.platform.infrastructure.cluster.SealedTopic;
import dev.marquee.platform.spi.audience.Admission;
import dev.marquee.platform.spi.audience.OpenStream;
import dev.marquee.platform.spi.audience.TooManyStreams;
import dev.marquee.platform.spi.audience.Viewing;
import dev.marquee.platform.spi.audience.ViewingLedger;
import dev.marquee.platform.spi.audience.ViewingRequest;
import dev.marquee.platform.spi.events.PlatformStarted;
import dev.marquee.platform.spi.events.ViewerLimitReached;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Core's {@link ViewingLedger}. A viewing of a signed-in person in an event with a stream limit is added to
 * their entry in the grid ({@link OpenStreamsGrid}) when it opens, checking the limit in the same atomic
 * change; in an event without one it is listed there by a heartbeat once it has played {@link #LIST_AFTER}
 * (until then the instance serving it lists it itself); a guest's is only recorded. Every viewing goes
 * to the {@link ViewingJournal}, written every {@code marquee.viewing.flush-interval}. Ending a stream from another device goes over a sealed topic
 * to the instance that serves it. With {@code marquee.viewing.enabled=false} nothing is tracked or
 * limited (an operator's switch, for measuring what tracking costs).
 */
@ApplicationScoped
public class DefaultViewingLedger implements ViewingLedger {

    static final Duration HEARTBEAT = Duration.ofSeconds(30);
    static final Duration GRID_WAIT = Duration.ofSeconds(2);
    /**
     * How long a stream of an event without a limit plays before it is listed in its person's grid entry
     * (at the next heartbeat after it): until then only this instance knows it, and a viewer who looks in
     * and leaves costs the grid nothing.
     */
    static final Duration LIST_AFTER = Duration.ofSeconds(30);
    /** A person's entry written this recently (a stream of theirs admitted here) skips a heartbeat. */
    static final Duration REWRITTEN_WITHIN = Duration.ofSeconds(60);
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);
    private static final String END_TOPIC = "viewing.end";
    private static final Logger LOG = Logger.getLogger(DefaultViewingLedger.class.getName());

    @Inject
    @ConfigProperty(name = "marquee.viewing.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "marquee.viewing.flush-interval", defaultValue = "PT5S")
    Duration flushInterval;

    @Inject
    ViewingFacts facts;

    @Inject
    OpenStreamsGrid streams;

    @Inject
    DataGrid grid;

    @Inject
    ViewingWriter writer;

    @Inject
    Event<ViewerLimitReached> limitReached;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private final Clock clock = Clock.systemUTC();
    private final ViewingJournal journal = new ViewingJournal(TOUCH_EVERY);
    private final LimitNotices notices = new LimitNotices(Duration.ofMinutes(1).toMillis());
    private final List<ScheduledFuture<?>> tasks = new ArrayList<>();
    private SealedTopic endTopic;
    private UUID endListener;

    void start(@Observes PlatformStarted started) {
        if (!enabled) {
            LOG.info("Viewing sessions are not tracked and stream limits are not enforced (marquee.viewing.enabled=false)");
            return;
        }
        endTopic = grid.sealedTopic(END_TOPIC);
        endListener = endTopic.listen(bytes -> endHere(new String(bytes, StandardCharsets.UTF_8)));
        long flush = flushInterval.toMillis();
        tasks.add(scheduler.scheduleWithFixedDelay(this::flushSafely, flush, flush, TimeUnit.MILLISECONDS));
        tasks.add(scheduler.scheduleWithFixedDelay(this::heartbeatSafely, HEARTBEAT.toMillis(), HEARTBEAT.toMillis(),
                TimeUnit.MILLISECONDS));
    }

    @PreDestroy
    void stop() {
        tasks.forEach(t -> t.cancel(false));
        if (endTopic != null) {
            endTopic.unlisten(endListener);
        }
        for (LocalViewing v : journal.open()) {
            try {
                v.close();
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "The grid is already down; the stream's entry expires by itself", e);
            }
        }
        flushSafely();
    }

    @Override
    public Admission open(ViewingRequest request) {
        if (!enabled) {
            return Admission.admitted(new UntrackedViewing());
        }
        Optional<StageFacts> stage = facts.stage(request.stageId());
        if (stage.isEmpty()) {
            return Admission.admitted(new UntrackedViewing());
        }
        StageFacts s = stage.get();
        Person person = facts.person(request.sessionId()).orElse(null);
        Instant now = clock.instant();
        String device = DeviceNames.of(request.userAgent());
        ViewingRecord row = new ViewingRecord(UUID.randomUUID().toString(), s.eventId(), s.stageId(), s.sessionAt(now),
                person == null ? null : person.subject(), person == null ? null : person.displayName(),
                request.protocol(), device, streams.member().toString(), now);
        LocalViewing viewing = new LocalViewing(row, person, request.endRequested(), this::closed);
        if (person != null && s.limit() == null) {
            viewing.listing(LocalViewing.Listing.WAITING);
        } else if (person != null) {
            Optional<TooManyStreams> refusal = GridCalls.await(streams.admit(person.subject(), gridEntry(viewing),
                    s.limit()), GRID_WAIT, "stream limit").flatMap(r -> r);
            if (refusal.isPresent()) {
                announce(person, s, refusal.get(), now);
                return Admission.refused(refusal.get());
            }
        }
        journal.opened(viewing);
        return Admission.admitted(viewing);
    }

    /**
     * The refusal a playback of the stage by this sign-in session would meet now, so the page can show
     * it before its player starts; empty when it would be admitted (or is not limited).
     */
    public Optional<TooManyStreams> wouldRefuse(long stageId, Long sessionId) {
        if (!enabled || sessionId == null || sessionId <= 0) {
            return Optional.empty();
        }
        Optional<StageFacts> stage = facts.stage(stageId);
        Optional<Person> person = facts.person(sessionId);
        if (stage.isEmpty() || stage.get().limit() == null || person.isEmpty()) {
            return Optional.empty();
        }
        int limit = stage.get().limit();
        List<OpenStream> open = streams.of(person.get().subject()).stream()
                .filter(g -> g.eventId() == stage.get().eventId()).map(GridStream::open).toList();
        return open.size() >= limit ? Optional.of(new TooManyStreams(limit, open)) : Optional.empty();
    }

    /**
     * The person's open streams, oldest first: those listed in the grid (cluster-wide) and those this
     * instance serves that wait to be listed (not those past {@link OpenStreamsGrid#MAX_LISTED}, which
     * are never listed).
     */
    public List<OpenStream> streamsOf(String subject) {
        return known(subject).stream().map(GridStream::open).toList();
    }

    private List<GridStream> known(String subject) {
        Map<String, GridStream> all = new LinkedHashMap<>();
        streams.of(subject).forEach(g -> all.put(g.id(), g));
        for (LocalViewing v : journal.open()) {
            if (v.person() != null && v.person().subject().equals(subject) && !v.closed()
                    && v.listing() == LocalViewing.Listing.WAITING) {
                all.putIfAbsent(v.id(), gridEntry(v));
            }
        }
        return all.values().stream().sorted(Comparator.comparingLong(GridStream::startedAt)).toList();
    }

    /**
     * Ends one of the person's streams wherever it plays: frees its slot at once and asks the instance
     * serving it to close the connection. Answers false when the person has no such stream.
     */
    public boolean end(String subject, String streamId) {
        boolean found = known(subject).stream().anyMatch(g -> g.id().equals(streamId));
        if (!found) {
            return false;
        }
        GridCalls.await(streams.remove(subject, streamId), GRID_WAIT, "end stream");
        if (endTopic != null) {
            endTopic.publish(streamId.getBytes(StandardCharsets.UTF_8));
        }
        return true;
    }

    private void endHere(String streamId) {
        LocalViewing viewing = journal.find(streamId);
        if (viewing != null) {
            try {
                viewing.endRequested();
            } finally {
                viewing.close();
            }
        }
    }

    private void closed(LocalViewing viewing) {
        journal.closed(viewing);
        if (viewing.person() != null && viewing.listing() == LocalViewing.Listing.LISTED) {
            unlist(viewing);
        }
    }

    private void unlist(LocalViewing viewing) {
        streams.remove(viewing.person().subject(), viewing.id()).whenComplete((found, e) -> {
            if (e != null) {
                LOG.log(Level.FINE, "Could not free a stream slot now; it frees when the entry expires", e);
            }
        });
    }

    private void announce(Person person, StageFacts stage, TooManyStreams refusal, Instant now) {
        if (notices.due(person.subject(), stage.stageId(), now.toEpochMilli())) {
            limitReached.fireAsync(new ViewerLimitReached(stage.eventId(), stage.stageId(), person.subject(),
                    refusal.limit(), refusal.streams().size(), now));
        }
    }

    private GridStream gridEntry(LocalViewing viewing) {
        ViewingRecord row = viewing.row();
        return new GridStream(row.id(), row.eventId(), row.stageId(), facts.stage(row.stageId())
                .map(StageFacts::stageName).orElse("Stage " + row.stageId()), row.device(),
                row.startedAt().toEpochMilli(), streams.member());
    }

    private void flushSafely() {
        try {
            journal.flush(clock.instant(), writer::write);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not store viewing sessions; trying again at the next flush", e);
        }
    }

    /**
     * Writes the grid entries of the people this instance serves, as {@link HeartbeatPlan} decides: lists
     * the streams of events without a limit that have played {@link #LIST_AFTER}, and rewrites entries so
     * they do not expire while their streams play (every 60 to 90 s, well inside
     * {@value OpenStreamsGrid#TTL_MINUTES} minutes). A stream that ended while it was being listed is
     * removed again once the listing is written, whichever of the two changes the grid ran first.
     */
    private void heartbeatSafely() {
        try {
            for (HeartbeatPlan.Step step : HeartbeatPlan.decide(journal.open(), clock.millis(), LIST_AFTER.toMillis(),
                    REWRITTEN_WITHIN.toMillis(), OpenStreamsGrid.MAX_LISTED)) {
                List<GridStream> entries = step.streams().stream().map(this::gridEntry).toList();
                var written = step.rewrite() ? streams.refresh(step.subject(), entries)
                        : streams.list(step.subject(), entries);
                written.whenComplete((done, e) -> {
                    if (e != null) {
                        LOG.log(Level.FINE, "Could not write a person's open streams; the next heartbeat tries again", e);
                    }
                    step.newlyListed().stream().filter(LocalViewing::closed).forEach(this::unlist);
                });
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not refresh open streams in the grid", e);
        }
    }
}
