package dev.marquee.platform.interfaces.rest.stage;

import dev.marquee.platform.application.stage.StageService;
import dev.marquee.platform.interfaces.rest.security.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Map;

/** {@code /api/v1/stages/{id}}: one stage; change and delete for organizers. */
@Path("stages/{id}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Stages")
public class StageResource {

    @Inject
    StageService stages;

    @Inject
    StageRepresentation representation;

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(summary = "One stage")
    public Map<String, Object> get(@PathParam("id") long id) {
        return representation.of(stages.get(caller.get(), id), caller.get());
    }

    @PUT
    @Operation(summary = "Change a stage (organizers); a secret sent back as ******** keeps its stored value")
    public Map<String, Object> update(@PathParam("id") long id, @Valid @NotNull StageInput input) {
        return representation.of(stages.update(caller.get(), id, input.toDraft()), caller.get());
    }

    @DELETE
    @Operation(summary = "Delete a stage with its schedule (organizers)")
    public Response delete(@PathParam("id") long id) {
        stages.delete(caller.get(), id);
        return Response.noContent().build();
    }
}
