package dev.marquee.platform.application.viewing;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An event's attendance: the whole event, each stage (with viewers over time) and each scheduled
 * session (its slot), each with activity counts by kind from the plugins that have some.
 */
public record AttendanceReport(long eventId, Instant generatedAt, Scope event, List<StageScope> stages,
                               List<SessionScope> sessions, List<String> activityKinds) {

    /** Figures and activity of one scope. */
    public record Scope(AttendanceFigures figures, Map<String, Long> activity) {
    }

    /** A stage's attendance; {@code series} holds {@code [epoch ms, viewers]} points. */
    public record StageScope(long stageId, String name, Scope scope, long stepMillis, List<long[]> series) {
    }

    /** A scheduled session's attendance, within its slot. */
    public record SessionScope(long sessionId, String title, long stageId, Instant startsAt, Instant endsAt,
                               Scope scope) {
    }
}
