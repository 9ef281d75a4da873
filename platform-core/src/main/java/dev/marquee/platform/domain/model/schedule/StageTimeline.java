package dev.marquee.platform.domain.model.schedule;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One stage's sessions in time order, answering what is on now, what comes next and which sessions
 * overlap. Pure logic over instants: timezones only matter when times are shown.
 */
public final class StageTimeline {

    private final List<ScheduledSession> sessions;

    public StageTimeline(List<ScheduledSession> sessions) {
        this.sessions = sessions.stream()
                .sorted(Comparator.comparing((ScheduledSession s) -> s.slot().startsAt())
                        .thenComparing(s -> s.slot().endsAt()))
                .toList();
    }

    public List<ScheduledSession> sessions() {
        return sessions;
    }

    /** The session running at {@code at}; if several overlap, the one that started last. */
    public Optional<ScheduledSession> now(Instant at) {
        ScheduledSession current = null;
        for (ScheduledSession session : sessions) {
            if (session.slot().contains(at)) {
                current = session;
            }
        }
        return Optional.ofNullable(current);
    }

    /** The first session that starts after {@code at}. */
    public Optional<ScheduledSession> next(Instant at) {
        return sessions.stream().filter(s -> s.slot().startsAt().isAfter(at)).findFirst();
    }

    /** The sessions whose slot overlaps {@code slot}, leaving out the session {@code exceptId} (being edited). */
    public List<ScheduledSession> overlapping(TimeSlot slot, Long exceptId) {
        return sessions.stream()
                .filter(s -> exceptId == null || !exceptId.equals(s.id()))
                .filter(s -> s.slot().overlaps(slot))
                .toList();
    }
}
