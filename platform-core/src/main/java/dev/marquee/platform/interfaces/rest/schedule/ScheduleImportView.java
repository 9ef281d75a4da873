package dev.marquee.platform.interfaces.rest.schedule;

import dev.marquee.platform.application.schedule.importing.ChangeKind;
import dev.marquee.platform.application.schedule.importing.ImportOutcome;
import dev.marquee.platform.application.schedule.importing.PlannedChange;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A previewed or applied schedule import: the file's {@code digest} and {@code format}, counts per
 * kind of change, the {@code rooms} found with the stage each goes to ({@code stageId}, null when
 * unmapped), every change and every item that could not be read. Times are in the event's timezone.
 */
public record ScheduleImportView(String digest, String format, boolean applied, Map<String, Integer> counts,
                                 List<RoomView> rooms, List<ChangeView> changes, List<ProblemView> problems) {

    /** A room of the file, how many talks it has, and its stage. */
    public record RoomView(String name, int talks, Long stageId) {
    }

    /** One change: {@code kind} is create, update, unchanged, keep, remove or unmapped. */
    public record ChangeView(String kind, String externalId, String title, String room, List<String> speakers,
                             OffsetDateTime startsAt, OffsetDateTime endsAt, Long stageId, Long sessionId) {
    }

    /** An item of the file that could not be read. */
    public record ProblemView(String position, String reason) {
    }

    static ScheduleImportView of(ImportOutcome outcome, ZoneId zone) {
        Map<String, Integer> counts = outcome.plan().counts().entrySet().stream().collect(Collectors.toMap(
                e -> name(e.getKey()), Map.Entry::getValue, (a, b) -> a, java.util.LinkedHashMap::new));
        counts.put("problems", outcome.file().problems().size());
        List<RoomView> rooms = outcome.file().rooms().entrySet().stream()
                .map(r -> new RoomView(r.getKey(), r.getValue(), outcome.mapping().get(r.getKey()))).toList();
        return new ScheduleImportView(outcome.digest(), outcome.file().format().name().toLowerCase(Locale.ROOT),
                outcome.applied(), counts, rooms, outcome.plan().changes().stream().map(c -> change(c, zone)).toList(),
                outcome.file().problems().stream().map(p -> new ProblemView(p.position(), p.reason())).toList());
    }

    private static ChangeView change(PlannedChange change, ZoneId zone) {
        var talk = change.talk();
        var session = change.session();
        Instant start = talk != null ? talk.startsAt() : session.slot().startsAt();
        Instant end = talk != null ? talk.endsAt() : session.slot().endsAt();
        return new ChangeView(name(change.kind()), change.externalId(), change.title(), talk == null ? null : talk.room(),
                talk != null ? talk.speakers() : session.speakers(), start.atZone(zone).toOffsetDateTime(),
                end.atZone(zone).toOffsetDateTime(), change.stage() == null ? null : change.stage().id(),
                session == null ? null : session.id());
    }

    private static String name(ChangeKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }
}
