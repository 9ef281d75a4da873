package dev.marquee.platform.interfaces.rest.team;

import dev.marquee.platform.application.team.TeamInvitations;
import dev.marquee.platform.application.team.TeamMembers;
import dev.marquee.platform.interfaces.rest.security.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;

/** {@code /api/v1/events/{id}/team}: the event's team and its invitations (the event's organizers). */
@Path("events/{id}/team")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Team")
public class TeamResource {

    @Inject
    TeamMembers members;

    @Inject
    TeamInvitations invitations;

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(summary = "Who holds which role for the event (platform organizers included) and the open invitations")
    public TeamView team(@PathParam("id") long eventId) {
        return TeamView.of(members.ofEvent(caller.get(), eventId), invitations.ofEvent(caller.get(), eventId));
    }

    @POST
    @Path("invitations")
    @Operation(summary = "Invite an address as ORGANIZER of the event, or HOST or MODERATOR of the event or one "
            + "stage (stageId): a one-time link is mailed; the same answer whether or not the address has an account")
    public Response invite(@PathParam("id") long eventId, @Valid @NotNull InvitationInput input) {
        var sent = invitations.invite(caller.get(), eventId, input.email, input.role, input.stageId);
        return Response.status(Response.Status.CREATED).entity(TeamView.Invitation.of(sent, Instant.now())).build();
    }

    @POST
    @Path("invitations/{invitationId}/resend")
    @Operation(summary = "Mail the invitation again with a new link (the earlier link stops working)")
    public TeamView.Invitation resend(@PathParam("id") long eventId, @PathParam("invitationId") long invitationId) {
        return TeamView.Invitation.of(invitations.resend(caller.get(), eventId, invitationId), Instant.now());
    }

    @DELETE
    @Path("invitations/{invitationId}")
    @Operation(summary = "Take an invitation back: its link stops working")
    public Response revoke(@PathParam("id") long eventId, @PathParam("invitationId") long invitationId) {
        invitations.revoke(caller.get(), eventId, invitationId);
        return Response.noContent().build();
    }
}
