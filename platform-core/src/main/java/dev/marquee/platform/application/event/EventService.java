package dev.marquee.platform.application.event;

import dev.marquee.platform.application.Caller;
import dev.marquee.platform.spi.web.Problem;
import dev.marquee.platform.application.access.AccessPolicy;
import dev.marquee.platform.application.stage.StageService;
import dev.marquee.platform.domain.model.event.Event;
import dev.marquee.platform.domain.model.event.EventAccess;
import dev.marquee.platform.domain.model.event.EventRepository;
import dev.marquee.platform.domain.model.stage.StageRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;

/** Events as organizers manage them and visitors find them. */
@ApplicationScoped
public class EventService {

    @Inject
    EventRepository events;

    @Inject
    StageRepository stages;

    @Inject
    StageService stageService;

    @Inject
    AccessPolicy access;

    private final Clock clock = Clock.systemUTC();

    /** Organizers get every event; others the public and ticketed ones, and private ones they belong to (or run). */
    public List<Event> list(Caller caller) {
        if (caller.organizer()) {
            return events.all();
        }
        return events.all().stream().filter(e -> access.maySee(caller, e)).toList();
    }

    /** The event, if the caller may see it; a hidden event is reported as missing. */
    public Event get(Caller caller, long id) {
        Event event = events.find(id).orElseThrow(() -> Problem.notFound("Event " + id));
        if (!access.maySee(caller, event)) {
            throw Problem.notFound("Event " + id);
        }
        return event;
    }

    public Event getBySlug(Caller caller, String slug) {
        Event event = events.findBySlug(slug).orElseThrow(() -> Problem.notFound("Event " + slug));
        if (!access.maySee(caller, event)) {
            throw Problem.notFound("Event " + slug);
        }
        return event;
    }

    @Transactional
    public Event create(Caller caller, EventDraft draft) {
        access.requireOrganizer(caller);
        ensureSlugFree(draft.slug(), null);
        Event event = new Event(draft.slug(), draft.title(), draft.description(), zone(draft.timezone()),
                accessOf(draft), clock.instant());
        event.keepRecordings(draft.recordingRetentionDays());
        event.limitConcurrentStreams(draft.maxConcurrentStreams());
        event.allowEmbeddingFrom(EmbedOrigins.join(EmbedOrigins.check(draft.embedOrigins())));
        return events.add(event);
    }

    @Transactional
    public Event update(Caller caller, long id, EventDraft draft) {
        access.requireOrganizerOf(caller, id);
        Event event = events.find(id).orElseThrow(() -> Problem.notFound("Event " + id));
        ensureSlugFree(draft.slug(), event.id());
        event.change(draft.slug(), draft.title(), draft.description(), zone(draft.timezone()), accessOf(draft),
                clock.instant());
        event.keepRecordings(draft.recordingRetentionDays());
        event.limitConcurrentStreams(draft.maxConcurrentStreams());
        if (draft.embedOrigins() != null) {
            event.allowEmbeddingFrom(EmbedOrigins.join(EmbedOrigins.check(draft.embedOrigins())));
        }
        return event;
    }

    /**
     * The origins allowed to frame the player page of the event at {@code slug} (for its
     * Content-Security-Policy); empty when there is no such event or it lists none. Not secret: any page
     * of the event may be framed only by these, whoever asks.
     */
    public List<String> embedOriginsOf(String slug) {
        return events.findBySlug(slug).map(e -> EmbedOrigins.split(e.embedOrigins())).orElse(List.of());
    }

    /** Deletes the event with its stages (each deprovisioned by its media provider) and schedule (platform organizers). */
    @Transactional
    public void delete(Caller caller, long id) {
        access.requireOrganizer(caller);
        Event event = events.find(id).orElseThrow(() -> Problem.notFound("Event " + id));
        stages.ofEvent(id).forEach(stageService::remove);
        events.remove(event);
    }

    private void ensureSlugFree(String slug, Long self) {
        events.findBySlug(slug).filter(other -> !other.id().equals(self)).ifPresent(other -> {
            throw Problem.conflictOn("slug", "Another event already uses the address /e/" + slug);
        });
    }

    private static EventAccess accessOf(EventDraft draft) {
        return draft.access() == null ? EventAccess.PUBLIC : draft.access();
    }

    static ZoneId zone(String timezone) {
        try {
            return ZoneId.of(timezone);
        } catch (DateTimeException | NullPointerException e) {
            throw Problem.invalid("Unknown timezone '" + timezone + "'; use an IANA name such as Europe/Berlin");
        }
    }
}
