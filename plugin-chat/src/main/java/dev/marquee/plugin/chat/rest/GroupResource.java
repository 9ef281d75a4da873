package dev.marquee.plugin.chat.rest;

import dev.marquee.platform.spi.auth.RequestCaller;
import dev.marquee.plugin.chat.group.GroupMessageView;
import dev.marquee.plugin.chat.group.GroupService;
import dev.marquee.plugin.chat.group.GroupView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** {@code /api/v1/groups/{id}}: one group chat, for its members only (404 for anyone else). */
@Path("groups/{id}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Group chats")
public class GroupResource {

    @Inject
    RequestCaller caller;

    @Inject
    GroupService groups;

    @GET
    @Operation(summary = "The group chat: name and members")
    public GroupView get(@PathParam("id") long groupId) {
        return groups.get(caller.get(), groupId);
    }

    @GET
    @Path("messages")
    @Operation(summary = "The latest messages (or those before the message 'before'), oldest first")
    public List<GroupMessageView> history(@PathParam("id") long groupId, @QueryParam("before") Long before,
                                          @QueryParam("limit") @DefaultValue("50") int limit) {
        return groups.history(caller.get(), groupId, before, limit);
    }

    @POST
    @Path("messages")
    @Operation(summary = "Send a message; members connected to a stage of the event get it as a group.message frame")
    public Response send(@PathParam("id") long groupId, @Valid @NotNull MessageInput input) {
        return Response.status(Response.Status.CREATED).entity(groups.post(caller.get(), groupId, input.text)).build();
    }

    @DELETE
    @Path("members/me")
    @Operation(summary = "Leave the group chat (it is deleted with its messages when its last member leaves)")
    public Response leave(@PathParam("id") long groupId) {
        groups.leave(caller.get(), groupId);
        return Response.noContent().build();
    }
}
