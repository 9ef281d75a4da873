package dev.marquee.platform.interfaces.rest.schedule;

import dev.marquee.platform.application.schedule.ScheduleService;
import dev.marquee.platform.application.schedule.SessionChange;
import dev.marquee.platform.application.stage.StageService;
import dev.marquee.platform.interfaces.rest.security.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.ZoneId;
import java.util.List;

/** {@code /api/v1/stages/{id}/sessions}: a stage's schedule, and adding to it. */
@Path("stages/{id}/sessions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Schedule")
public class StageSessionsResource {

    @Inject
    ScheduleService schedule;

    @Inject
    StageService stages;

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(summary = "The stage's sessions in time order, in the event's timezone")
    public List<SessionView> list(@PathParam("id") long stageId) {
        ZoneId zone = stages.get(caller.get(), stageId).event().zone();
        return schedule.ofStage(caller.get(), stageId).stream().map(s -> SessionView.of(s, zone)).toList();
    }

    @POST
    @Operation(summary = "Add a session (organizers); the answer lists sessions it overlaps")
    public Response create(@PathParam("id") long stageId, @Valid @NotNull SessionInput input, @Context UriInfo uri) {
        SessionChange change = schedule.create(caller.get(), stageId, input.toDraft());
        return Response.created(uri.getBaseUriBuilder().path("sessions").path(String.valueOf(change.session().id()))
                .build()).entity(SessionSaved.of(change)).build();
    }
}
