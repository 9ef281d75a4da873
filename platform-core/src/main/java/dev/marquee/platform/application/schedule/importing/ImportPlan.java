package dev.marquee.platform.application.schedule.importing;

import dev.marquee.platform.domain.model.schedule.ScheduledSession;
import dev.marquee.platform.domain.model.schedule.SessionFingerprint;
import dev.marquee.platform.domain.model.schedule.TimeSlot;
import dev.marquee.platform.domain.model.stage.Stage;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What importing a schedule file into an event would do, worked out from the file's talks, the
 * event's sessions and a mapping of rooms to stages. Only sessions an earlier import wrote (those with
 * an external id) are ever updated or removed, and not those an organizer has edited since: a session
 * made by hand is never touched. Pure logic: applying the plan is the service's job.
 */
public final class ImportPlan {

    private final List<PlannedChange> changes;

    private ImportPlan(List<PlannedChange> changes) {
        this.changes = List.copyOf(changes);
    }

    /**
     * @param existing every session of the event
     * @param mapping  room name → stage of the event; a room that is absent (or mapped to null) is unmapped
     */
    public static ImportPlan of(ParsedSchedule file, List<ScheduledSession> existing, Map<String, Stage> mapping) {
        Map<String, ScheduledSession> imported = new HashMap<>();
        existing.stream().filter(s -> s.externalId() != null).forEach(s -> imported.putIfAbsent(s.externalId(), s));
        List<PlannedChange> changes = new ArrayList<>();
        Set<String> stillThere = new HashSet<>();
        for (ImportedTalk talk : file.talks()) {
            stillThere.add(talk.externalId());
            changes.add(change(talk, imported.get(talk.externalId()), mapping.get(talk.room())));
        }
        file.problems().stream().map(ParseProblem::externalId).filter(id -> id != null).forEach(stillThere::add);
        imported.values().stream().filter(s -> !stillThere.contains(s.externalId()))
                .map(s -> new PlannedChange(s.editedSinceImport() ? ChangeKind.KEEP : ChangeKind.REMOVE, null, s,
                        s.stage()))
                .forEach(changes::add);
        return new ImportPlan(changes);
    }

    private static PlannedChange change(ImportedTalk talk, ScheduledSession session, Stage stage) {
        if (stage == null) {
            return new PlannedChange(ChangeKind.UNMAPPED, talk, session, session == null ? null : session.stage());
        }
        if (session == null) {
            return new PlannedChange(ChangeKind.CREATE, talk, null, stage);
        }
        if (session.editedSinceImport()) {
            return new PlannedChange(ChangeKind.KEEP, talk, session, session.stage());
        }
        boolean same = session.fingerprint().equals(fingerprint(talk, stage));
        return new PlannedChange(same ? ChangeKind.UNCHANGED : ChangeKind.UPDATE, talk, session, stage);
    }

    /** The fingerprint the talk would have as a session on {@code stage}. */
    static String fingerprint(ImportedTalk talk, Stage stage) {
        return SessionFingerprint.of(stage.id(), talk.title(), talk.abstractText(), talk.speakers(),
                new TimeSlot(talk.startsAt(), talk.endsAt()));
    }

    public List<PlannedChange> changes() {
        return changes;
    }

    /** How many changes of each kind, every kind present (zero when none). */
    public Map<ChangeKind, Integer> counts() {
        Map<ChangeKind, Integer> counts = new EnumMap<>(ChangeKind.class);
        for (ChangeKind kind : ChangeKind.values()) {
            counts.put(kind, 0);
        }
        changes.forEach(c -> counts.merge(c.kind(), 1, Integer::sum));
        return counts;
    }
}
