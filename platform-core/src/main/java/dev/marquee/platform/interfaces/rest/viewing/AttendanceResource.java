package dev.marquee.platform.interfaces.rest.viewing;

import dev.marquee.platform.application.viewing.AttendanceReport;
import dev.marquee.platform.application.viewing.AttendanceService;
import dev.marquee.platform.application.viewing.PersonHistory;
import dev.marquee.platform.interfaces.rest.security.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Map;

/**
 * {@code /api/v1/events/{id}/attendance}: who watched the event, per stage and per scheduled session
 * (JSON, or CSV with {@code Accept: text/csv}); {@code .../people/{subject}}: what one person watched.
 * Organizers of the event only.
 */
@Path("events/{id}/attendance")
@RequestScoped
@Tag(name = "Attendance")
public class AttendanceResource {

    static final String CSV = "text/csv";

    @Inject
    AttendanceService attendance;

    @Inject
    CurrentCaller caller;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Attendance of the event: unique and anonymous viewers, peak concurrent, average minutes, "
            + "activity; per event, stage (with viewers over time) and scheduled session")
    public Map<String, Object> json(@PathParam("id") long eventId) {
        return AttendanceJson.of(attendance.report(caller.get(), eventId));
    }

    @GET
    @Produces(CSV)
    @Operation(summary = "The same attendance as CSV: one row for the event, each stage and each scheduled session")
    public Response csv(@PathParam("id") long eventId) {
        AttendanceReport report = attendance.report(caller.get(), eventId);
        return Response.ok(AttendanceCsv.of(report), CSV + "; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"attendance-" + eventId + ".csv\"")
                .header("Cache-Control", "no-store").build();
    }

    @GET
    @Path("people")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The people who watched the event, most minutes first: [{subject, displayName, streams, minutes}]")
    public java.util.List<AttendanceService.Attendee> people(@PathParam("id") long eventId) {
        return attendance.people(caller.get(), eventId);
    }

    @GET
    @Path("people/{subject}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "What one person (subject) watched in the event: each viewing with stage, session, times, "
            + "protocol, device and bytes")
    public PersonHistory person(@PathParam("id") long eventId, @PathParam("subject") String subject) {
        return attendance.history(caller.get(), eventId, subject);
    }
}
