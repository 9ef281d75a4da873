package dev.marquee.platform.interfaces.rest.schedule;

import dev.marquee.platform.application.schedule.ScheduleService;
import dev.marquee.platform.interfaces.rest.security.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/sessions/{id}}: change or delete a schedule session (organizers). */
@Path("sessions/{id}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Schedule")
public class SessionResource {

    @Inject
    ScheduleService schedule;

    @Inject
    CurrentCaller caller;

    @PUT
    @Operation(summary = "Change or move a session; the answer lists sessions it now overlaps")
    public SessionSaved update(@PathParam("id") long id, @Valid @NotNull SessionInput input) {
        return SessionSaved.of(schedule.update(caller.get(), id, input.toDraft()));
    }

    @DELETE
    @Operation(summary = "Delete a session")
    public Response delete(@PathParam("id") long id) {
        schedule.delete(caller.get(), id);
        return Response.noContent().build();
    }
}
