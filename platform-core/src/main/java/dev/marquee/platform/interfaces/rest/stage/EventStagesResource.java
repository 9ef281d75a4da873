package dev.marquee.platform.interfaces.rest.stage;

import dev.marquee.platform.application.stage.StageService;
import dev.marquee.platform.domain.model.stage.Stage;
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

import java.util.List;
import java.util.Map;

/** {@code /api/v1/events/{eventId}/stages}: an event's stages in order, and adding one. */
@Path("events/{eventId}/stages")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Stages")
public class EventStagesResource {

    @Inject
    StageService stages;

    @Inject
    StageRepresentation representation;

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(summary = "The event's stages in order")
    public List<Map<String, Object>> list(@PathParam("eventId") long eventId) {
        return stages.ofEvent(caller.get(), eventId).stream().map(s -> representation.of(s, caller.get())).toList();
    }

    @POST
    @Operation(summary = "Add a stage (organizers); settings are validated by the media provider")
    public Response create(@PathParam("eventId") long eventId, @Valid @NotNull StageInput input,
                           @Context UriInfo uri) {
        Stage stage = stages.create(caller.get(), eventId, input.toDraft());
        return Response.created(uri.getBaseUriBuilder().path("stages").path(String.valueOf(stage.id())).build())
                .entity(representation.of(stage, caller.get())).build();
    }
}
