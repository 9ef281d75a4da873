package dev.marquee.plugin.chat.rest;

import dev.marquee.platform.spi.auth.RequestCaller;
import dev.marquee.plugin.chat.group.GroupService;
import dev.marquee.plugin.chat.group.GroupView;
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

/** {@code /api/v1/events/{id}/groups}: the caller's group chats in the event, and starting a new one. */
@Path("events/{id}/groups")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Group chats")
public class EventGroupsResource {

    @Inject
    RequestCaller caller;

    @Inject
    GroupService groups;

    @GET
    @Operation(summary = "The caller's group chats in the event, newest first")
    public List<GroupView> mine(@PathParam("id") long eventId) {
        return groups.mine(caller.get(), eventId);
    }

    @POST
    @Operation(summary = "Start a group chat with people of the event (the caller is a member; at most 20 people)")
    public Response create(@PathParam("id") long eventId, @Valid @NotNull GroupInput input, @Context UriInfo uri) {
        GroupView created = groups.create(caller.get(), eventId, input.name, input.members);
        return Response.created(uri.getBaseUriBuilder().path("groups").path(created.id()).build()).entity(created).build();
    }
}
