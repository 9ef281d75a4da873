package dev.marquee.platform.interfaces.rest.viewing;

import dev.marquee.platform.application.viewing.AttendanceFigures;
import dev.marquee.platform.application.viewing.AttendanceReport;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An attendance report as JSON: {@code {event, stages: [...], sessions: [...]}}, figures flat in each scope. */
final class AttendanceJson {

    private AttendanceJson() {
    }

    static Map<String, Object> of(AttendanceReport report) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("eventId", report.eventId());
        json.put("generatedAt", report.generatedAt().toString());
        json.put("activityKinds", report.activityKinds());
        json.put("event", scope(report.event()));
        json.put("stages", report.stages().stream().map(s -> {
            Map<String, Object> stage = new LinkedHashMap<>();
            stage.put("id", s.stageId());
            stage.put("name", s.name());
            stage.putAll(scope(s.scope()));
            stage.put("stepSeconds", s.stepMillis() / 1000);
            stage.put("viewersOverTime", s.series().stream().map(p -> List.of(p[0], p[1])).toList());
            return stage;
        }).toList());
        json.put("sessions", report.sessions().stream().map(s -> {
            Map<String, Object> session = new LinkedHashMap<>();
            session.put("id", s.sessionId());
            session.put("title", s.title());
            session.put("stage", s.stageId());
            session.put("startsAt", s.startsAt().toString());
            session.put("endsAt", s.endsAt().toString());
            session.putAll(scope(s.scope()));
            return session;
        }).toList());
        return json;
    }

    private static Map<String, Object> scope(AttendanceReport.Scope scope) {
        AttendanceFigures f = scope.figures();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("uniqueViewers", f.uniqueViewers());
        json.put("anonymousViewers", f.anonymousViewers());
        json.put("peakConcurrent", f.peakConcurrent());
        json.put("averageMinutes", f.averageMinutes());
        json.put("activity", scope.activity());
        return json;
    }
}
