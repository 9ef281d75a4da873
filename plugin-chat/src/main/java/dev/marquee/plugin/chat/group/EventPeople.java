package dev.marquee.plugin.chat.group;

import dev.marquee.platform.spi.audience.EventPerson;
import dev.marquee.platform.spi.audience.PeopleDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The people of an event whom others may pick for a group chat: its active attendees from core's
 * {@link PeopleDirectory}, by display name and subject only. Searches are typed letter by letter, so each
 * event's list is kept for {@value #TTL_SECONDS} s; picked people are always checked afresh.
 */
@ApplicationScoped
public class EventPeople {

    static final long TTL_SECONDS = 30;

    private record Snapshot(long loadedAt, List<PersonView> people) {
    }

    private final Map<Long, Snapshot> cache = new ConcurrentHashMap<>();

    @Inject
    PeopleDirectory directory;

    /** Up to {@code limit} people of the event matching the query, by name, leaving out {@code except}. */
    public List<PersonView> search(long eventId, String query, String except, int limit) {
        return everyone(eventId).stream()
                .filter(p -> !p.id().equals(except) && PeopleSearch.matches(p.name(), query))
                .limit(limit).toList();
    }

    /**
     * The display names of the people with these ids, each an active attendee of the event; empty when
     * any of them is not (unknown, revoked, or of another event).
     */
    public Optional<Map<String, String>> resolve(long eventId, Collection<String> ids) {
        Map<String, String> names = new LinkedHashMap<>();
        for (String id : ids) {
            Optional<EventPerson> found = directory.activeAttendee(eventId, id);
            if (found.isEmpty()) {
                return Optional.empty();
            }
            names.put(found.get().subject(), found.get().displayName());
        }
        return Optional.of(names);
    }

    private List<PersonView> everyone(long eventId) {
        long now = System.nanoTime();
        Snapshot s = cache.get(eventId);
        if (s == null || now - s.loadedAt() > TimeUnit.SECONDS.toNanos(TTL_SECONDS)) {
            s = new Snapshot(now, load(eventId));
            cache.put(eventId, s);
            cache.entrySet().removeIf(e -> now - e.getValue().loadedAt() > TimeUnit.SECONDS.toNanos(TTL_SECONDS));
        }
        return s.people();
    }

    private List<PersonView> load(long eventId) {
        return directory.activeAttendees(eventId).stream().map(p -> new PersonView(p.subject(), p.displayName())).toList();
    }
}
