package dev.marquee.platform.interfaces.rest.event;

import dev.marquee.platform.application.event.EventService;
import dev.marquee.platform.interfaces.rest.security.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** {@code /api/v1/events}: the events a caller may see; writes for organizers. */
@Path("events")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Events")
public class EventResource {

    @Inject
    EventService events;

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(summary = "Events the caller may see, newest first (private ones only to their people)")
    public List<EventView> list() {
        return events.list(caller.get()).stream().map(EventView::of).toList();
    }

    @POST
    @Operation(summary = "Create an event (organizers)")
    public Response create(@Valid @NotNull EventInput input, @jakarta.ws.rs.core.Context UriInfo uri) {
        EventView created = EventView.of(events.create(caller.get(), input.toDraft()));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One event")
    public EventView get(@PathParam("id") long id) {
        return EventView.of(events.get(caller.get(), id));
    }

    @GET
    @Path("by-slug/{slug}")
    @Operation(summary = "One event by its slug, as in the page address /e/{slug}")
    public EventView bySlug(@PathParam("slug") String slug) {
        return EventView.of(events.getBySlug(caller.get(), slug));
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change an event (organizers)")
    public EventView update(@PathParam("id") long id, @Valid @NotNull EventInput input) {
        return EventView.of(events.update(caller.get(), id, input.toDraft()));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete an event with its stages and schedule (organizers)")
    public Response delete(@PathParam("id") long id) {
        events.delete(caller.get(), id);
        return Response.noContent().build();
    }
}
