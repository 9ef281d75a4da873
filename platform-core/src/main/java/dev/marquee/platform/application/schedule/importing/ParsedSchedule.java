package dev.marquee.platform.application.schedule.importing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a schedule file held: the talks read, the items that were not, and in which format. */
public record ParsedSchedule(ScheduleFormat format, List<ImportedTalk> talks, List<ParseProblem> problems) {

    public ParsedSchedule {
        talks = List.copyOf(talks);
        problems = List.copyOf(problems);
    }

    /** The rooms named by the talks, in the order they first appear, with how many talks each has. */
    public Map<String, Integer> rooms() {
        Map<String, Integer> rooms = new LinkedHashMap<>();
        talks.forEach(t -> rooms.merge(t.room(), 1, Integer::sum));
        return rooms;
    }
}
