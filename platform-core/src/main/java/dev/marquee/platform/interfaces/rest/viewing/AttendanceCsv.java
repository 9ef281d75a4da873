package dev.marquee.platform.interfaces.rest.viewing;

import dev.marquee.platform.application.viewing.AttendanceFigures;
import dev.marquee.platform.application.viewing.AttendanceReport;

import java.util.ArrayList;
import java.util.List;

/**
 * An attendance report as CSV (RFC 4180): one row for the event, one per stage, one per scheduled
 * session; a column per activity kind. Text cells that a spreadsheet would run as a formula are
 * prefixed with an apostrophe.
 */
final class AttendanceCsv {

    private static final List<String> HEAD = List.of("scope", "stage_id", "stage", "session_id", "session",
            "starts_at", "ends_at", "unique_viewers", "anonymous_viewers", "peak_concurrent", "average_minutes");

    private AttendanceCsv() {
    }

    static String of(AttendanceReport report) {
        StringBuilder csv = new StringBuilder();
        List<String> head = new ArrayList<>(HEAD);
        report.activityKinds().forEach(k -> head.add(snake(k)));
        line(csv, head);
        line(csv, row(report, "event", "", "", "", "", "", "", report.event()));
        for (AttendanceReport.StageScope s : report.stages()) {
            line(csv, row(report, "stage", String.valueOf(s.stageId()), s.name(), "", "", "", "", s.scope()));
        }
        for (AttendanceReport.SessionScope s : report.sessions()) {
            String stageName = report.stages().stream().filter(st -> st.stageId() == s.stageId())
                    .map(AttendanceReport.StageScope::name).findFirst().orElse("");
            line(csv, row(report, "session", String.valueOf(s.stageId()), stageName, String.valueOf(s.sessionId()),
                    s.title(), s.startsAt().toString(), s.endsAt().toString(), s.scope()));
        }
        return csv.toString();
    }

    private static List<String> row(AttendanceReport report, String scope, String stageId, String stage,
                                    String sessionId, String session, String startsAt, String endsAt,
                                    AttendanceReport.Scope figures) {
        AttendanceFigures f = figures.figures();
        List<String> row = new ArrayList<>(List.of(scope, stageId, stage, sessionId, session, startsAt, endsAt,
                String.valueOf(f.uniqueViewers()), String.valueOf(f.anonymousViewers()),
                String.valueOf(f.peakConcurrent()), f.averageMinutes().toPlainString()));
        report.activityKinds().forEach(k -> row.add(String.valueOf(figures.activity().getOrDefault(k, 0L))));
        return row;
    }

    private static void line(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            csv.append(i == 0 ? "" : ",").append(cell(cells.get(i)));
        }
        csv.append("\r\n");
    }

    static String cell(String value) {
        String v = value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r") || v.startsWith("'")) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }

    private static String snake(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }
}
