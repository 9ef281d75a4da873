package dev.marquee.platform.application.schedule.importing;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Gathers what a reader finds: each talk, or the problem with it at its position. A second talk with
 * the same id is a problem (the first one stays); more than the limit of talks refuses the file.
 */
final class TalkCollector {

    private final ScheduleLimits limits;
    private final List<ImportedTalk> talks = new ArrayList<>();
    private final List<ParseProblem> problems = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();

    TalkCollector(ScheduleLimits limits) {
        this.limits = limits;
    }

    /** Adds the talk, or the reason it cannot be read. */
    void add(RawTalk raw, String dayIndex, String dayDate, ZoneId fileZone) throws ScheduleParseException {
        String position = position(dayIndex, dayDate, raw);
        if (talks.size() + problems.size() >= limits.maxTalks()) {
            throw new ScheduleParseException("The file has more than " + limits.maxTalks()
                    + " talks, more than Marquee imports at once");
        }
        try {
            ImportedTalk talk = raw.toTalk(dayDate, fileZone);
            if (!seen.add(talk.externalId())) {
                problems.add(new ParseProblem(position, "another talk has the same id", null));
                return;
            }
            talks.add(talk);
        } catch (IllegalArgumentException e) {
            problems.add(new ParseProblem(position, e.getMessage(), raw.externalId()));
        }
    }

    /** A problem with the file's structure around a position (a day or room that is not what it should be). */
    void problem(String position, String reason) {
        problems.add(new ParseProblem(position, reason, null));
    }

    ParsedSchedule result(ScheduleFormat format) {
        return new ParsedSchedule(format, talks, problems);
    }

    static String position(String dayIndex, String dayDate, RawTalk raw) {
        StringBuilder where = new StringBuilder("day ").append(dayIndex == null ? "?" : RawTalk.cut(dayIndex, 20));
        if (dayDate != null) {
            where.append(" (").append(RawTalk.cut(dayDate, 40)).append(')');
        }
        where.append(", room \"").append(raw.room == null ? "?" : RawTalk.cut(raw.room, 80)).append('"');
        String id = RawTalk.cut(raw.id, 80);
        String guid = RawTalk.cut(raw.guid, 80);
        where.append(", event ").append(id != null ? id : guid != null ? guid : "without an id");
        return where.toString();
    }

    /** The file's time zone from its name, or null when it names none or one that does not exist. */
    static ZoneId zone(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return ZoneId.of(name.trim());
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }
}
