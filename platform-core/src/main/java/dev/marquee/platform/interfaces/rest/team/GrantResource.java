package dev.marquee.platform.interfaces.rest.team;

import dev.marquee.platform.application.team.TeamMembers;
import dev.marquee.platform.interfaces.rest.security.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/team/grants/{id}}: taking a role back. */
@Path("team/grants")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Team")
public class GrantResource {

    @Inject
    TeamMembers members;

    @Inject
    CurrentCaller caller;

    @DELETE
    @Path("{grantId}")
    @Operation(summary = "Take a role back (the event's organizers; platform roles: platform organizers, never the "
            + "last organizer). The person's sign-ins end")
    public Response remove(@PathParam("grantId") long grantId) {
        members.remove(caller.get(), grantId);
        return Response.noContent().build();
    }
}
