package dev.marquee.platform.interfaces.rest.schedule;

import dev.marquee.platform.spi.web.Problem;
import dev.marquee.platform.application.event.EventService;
import dev.marquee.platform.application.schedule.importing.ScheduleImportService;
import dev.marquee.platform.application.schedule.importing.ScheduleSource;
import dev.marquee.platform.interfaces.rest.security.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;

/**
 * {@code /api/v1/events/{id}/schedule/import}: preview and apply a schedule from a frab {@code
 * schedule.xml} or a pretalx/frab schedule JSON, uploaded or fetched from a URL, and the URL the event
 * keeps in sync with (organizers).
 */
@Path("events/{id}/schedule/import")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Schedule")
public class ScheduleImportResource {

    @Inject
    ScheduleImportService imports;

    @Inject
    EventService events;

    @Inject
    CurrentCaller caller;

    @Context
    HttpServletRequest request;

    /**
     * The body is the schedule file itself (XML, or JSON with a top-level {@code schedule}), or JSON
     * {@code {"url": ...}} or {@code {"file": "<the file's text>"}}, optionally with the {@code mapping}
     * to preview with (else one is proposed).
     */
    @POST
    @Path("preview")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "What importing the schedule would create, update, keep and remove, the rooms found and a proposed room-to-stage mapping; changes nothing")
    public ScheduleImportView preview(@PathParam("id") long eventId, @HeaderParam(HttpHeaders.CONTENT_TYPE) String type) {
        imports.requireImporter(caller.get(), eventId); // before reading a body of up to twice the file limit
        ScheduleImportBodies.Preview request = ScheduleImportBodies.preview(type, body());
        return ScheduleImportView.of(imports.preview(caller.get(), eventId, request.source(), request.mapping()),
                zone(eventId));
    }

    @POST
    @Path("apply")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import the schedule (file or url) with the given mapping; with syncMinutes, keep the URL in sync")
    public ScheduleImportView apply(@PathParam("id") long eventId, @Valid @NotNull ScheduleImportInput input) {
        ScheduleSource source = ScheduleImportBodies.source(input.file, input.url);
        return ScheduleImportView.of(imports.apply(caller.get(), eventId, source, input.mapping, input.digest,
                input.syncMinutes), zone(eventId));
    }

    @GET
    @Path("feed")
    @Operation(summary = "The URL the schedule is kept in sync with, and its last run; 404 when there is none")
    public ScheduleFeedView feed(@PathParam("id") long eventId) {
        return imports.feed(caller.get(), eventId).map(f -> ScheduleFeedView.of(f, zone(eventId)))
                .orElseThrow(() -> Problem.notFound("A schedule URL kept in sync for event " + eventId));
    }

    @DELETE
    @Path("feed")
    @Operation(summary = "Stop keeping the schedule in sync with its URL (imported sessions stay)")
    public Response stopFeed(@PathParam("id") long eventId) {
        imports.stopFeed(caller.get(), eventId);
        return Response.noContent().build();
    }

    /**
     * The body as sent, read here rather than by a JAX-RS reader (a JSON reader would claim an
     * {@code application/json} schedule file); {@code BodySizeFilter} has already bounded it.
     */
    private byte[] body() {
        try {
            return request.getInputStream().readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ZoneId zone(long eventId) {
        return events.get(caller.get(), eventId).zone();
    }
}
