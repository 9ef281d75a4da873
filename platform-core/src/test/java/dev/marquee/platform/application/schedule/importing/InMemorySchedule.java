package dev.marquee.platform.application.schedule.importing;

import dev.marquee.platform.domain.model.event.Event;
import dev.marquee.platform.domain.model.event.EventAccess;
import dev.marquee.platform.domain.model.event.EventRepository;
import dev.marquee.platform.domain.model.schedule.ScheduleFeed;
import dev.marquee.platform.domain.model.schedule.ScheduleFeedRepository;
import dev.marquee.platform.domain.model.schedule.ScheduledSession;
import dev.marquee.platform.domain.model.schedule.ScheduledSessionRepository;
import dev.marquee.platform.domain.model.schedule.TimeSlot;
import dev.marquee.platform.domain.model.stage.Stage;
import dev.marquee.platform.domain.model.stage.StageRepository;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One event with stages, sessions and a feed held in memory behind the repository interfaces, for
 * testing the import's database steps without a database. Ids are handed out as a database would.
 */
final class InMemorySchedule {

    private static final AtomicLong IDS = new AtomicLong(100);

    final Event event = withId(new Event("hackconf", "HackConf", null, ZoneId.of("Europe/Berlin"), EventAccess.PUBLIC,
            Instant.EPOCH));
    private final List<Stage> stages = new ArrayList<>();
    private final List<ScheduledSession> sessions = new ArrayList<>();
    private final List<ScheduleFeed> feeds = new ArrayList<>();

    ScheduleImportSteps steps() {
        ScheduleImportSteps steps = new ScheduleImportSteps();
        steps.events = new Events();
        steps.stages = new Stages();
        steps.sessions = new Sessions();
        steps.feeds = new Feeds();
        return steps;
    }

    Stage stage(String name) {
        Stage stage = withId(new Stage(event, name.toLowerCase().replace(' ', '-'), name, stages.size(), "external",
                Map.of(), Instant.EPOCH));
        stages.add(stage);
        return stage;
    }

    /** A session made by hand. */
    ScheduledSession handMade(Stage stage, String title, Instant start, Instant end) {
        ScheduledSession session = withId(new ScheduledSession(stage, new TimeSlot(start, end), title, null, List.of()));
        sessions.add(session);
        return session;
    }

    List<ScheduledSession> sessions() {
        return List.copyOf(sessions);
    }

    ScheduledSession byExternalId(String id) {
        return sessions.stream().filter(s -> id.equals(s.externalId())).findFirst().orElseThrow();
    }

    Optional<ScheduleFeed> feed() {
        return feeds.stream().findFirst();
    }

    private static <T> T withId(T entity) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, IDS.incrementAndGet());
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private final class Events implements EventRepository {
        public Optional<Event> find(long id) {
            return id == event.id() ? Optional.of(event) : Optional.empty();
        }

        public Optional<Event> findBySlug(String slug) {
            return Optional.of(event).filter(e -> e.slug().equals(slug));
        }

        public List<Event> all() {
            return List.of(event);
        }

        public List<Event> withAccess(List<EventAccess> modes) {
            return List.of(event);
        }

        public long count() {
            return 1;
        }

        public Event add(Event added) {
            throw new UnsupportedOperationException("one event");
        }

        public void remove(Event removed) {
            throw new UnsupportedOperationException("one event");
        }
    }

    private final class Stages implements StageRepository {
        public Optional<Stage> find(long id) {
            return stages.stream().filter(s -> s.id() == id).findFirst();
        }

        public List<Stage> ofEvent(long eventId) {
            return List.copyOf(stages);
        }

        public Optional<Stage> findBySlug(long eventId, String slug) {
            return stages.stream().filter(s -> s.slug().equals(slug)).findFirst();
        }

        public Stage add(Stage stage) {
            stages.add(withId(stage));
            return stage;
        }

        public void remove(Stage stage) {
            stages.remove(stage);
        }
    }

    private final class Sessions implements ScheduledSessionRepository {
        public Optional<ScheduledSession> find(long id) {
            return sessions.stream().filter(s -> s.id() == id).findFirst();
        }

        public List<ScheduledSession> ofStage(long stageId) {
            return sessions.stream().filter(s -> s.stage().id() == stageId)
                    .sorted(Comparator.comparing(s -> s.slot().startsAt())).toList();
        }

        public List<ScheduledSession> ofEvent(long eventId) {
            return sessions.stream().sorted(Comparator.comparing(s -> s.slot().startsAt())).toList();
        }

        public List<ScheduledSession> endingBetween(Instant from, Instant to, int limit) {
            return sessions.stream().filter(s -> !s.slot().endsAt().isBefore(from) && s.slot().endsAt().isBefore(to))
                    .sorted(Comparator.comparing(s -> s.slot().endsAt())).limit(limit).toList();
        }

        @Override
        public List<ScheduledSession> startingBetween(Instant from, Instant to, int limit) {
            return sessions.stream().filter(s -> !s.slot().startsAt().isBefore(from) && s.slot().startsAt().isBefore(to))
                    .sorted(Comparator.comparing(s -> s.slot().startsAt())).limit(limit).toList();
        }

        public ScheduledSession add(ScheduledSession session) {
            sessions.add(withId(session));
            return session;
        }

        public void remove(ScheduledSession session) {
            sessions.remove(session);
        }

        public void lockForImport(long eventId) {
            // one thread in these tests
        }
    }

    private final class Feeds implements ScheduleFeedRepository {
        public Optional<ScheduleFeed> find(long id) {
            return feeds.stream().filter(f -> f.id() == id).findFirst();
        }

        public Optional<ScheduleFeed> ofEvent(long eventId) {
            return feeds.stream().findFirst();
        }

        public List<ScheduleFeed> due(Instant now) {
            return feeds.stream().filter(f -> !f.nextRunAt().isAfter(now)).toList();
        }

        public ScheduleFeed add(ScheduleFeed feed) {
            feeds.add(withId(feed));
            return feed;
        }

        public void remove(ScheduleFeed feed) {
            feeds.remove(feed);
        }
    }
}
