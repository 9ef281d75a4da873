package dev.marquee.plugin.chat.rest;

import dev.marquee.platform.spi.auth.RequestCaller;
import dev.marquee.plugin.chat.group.GroupService;
import dev.marquee.plugin.chat.group.PersonView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** {@code /api/v1/events/{id}/people}: whom a signed-in person of the event may pick for a group chat. */
@Path("events/{id}/people")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Group chats")
public class EventPeopleResource {

    @Inject
    RequestCaller caller;

    @Inject
    GroupService groups;

    @GET
    @Operation(summary = "The event's attendees matching q, by name: {id, name} only (signed-in people of the event)")
    public List<PersonView> search(@PathParam("id") long eventId, @QueryParam("q") String query,
                                   @QueryParam("limit") @DefaultValue("20") int limit) {
        return groups.people(caller.get(), eventId, query, limit);
    }
}
