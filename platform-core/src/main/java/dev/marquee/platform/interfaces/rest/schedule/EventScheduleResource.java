package dev.marquee.platform.interfaces.rest.schedule;

import dev.marquee.platform.spi.web.Problem;
import dev.marquee.platform.application.schedule.ScheduleService;
import dev.marquee.platform.interfaces.rest.security.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** {@code /api/v1/events/{id}/schedule}: every stage's sessions with what is on now and next. */
@Path("events/{id}/schedule")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Schedule")
public class EventScheduleResource {

    @Inject
    ScheduleService schedule;

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(summary = "The schedule, with now and next per stage; ?at=ISO-8601 asks about another moment")
    public ScheduleView get(@PathParam("id") long eventId, @QueryParam("at") String at) {
        return ScheduleView.of(schedule.schedule(caller.get(), eventId, moment(at)));
    }

    private static Instant moment(String at) {
        if (at == null || at.isBlank()) {
            return Instant.now();
        }
        try {
            return OffsetDateTime.parse(at).toInstant();
        } catch (DateTimeParseException e) {
            throw Problem.invalid("at must be an ISO-8601 date-time with offset, e.g. 2026-05-04T10:00:00+02:00");
        }
    }
}
