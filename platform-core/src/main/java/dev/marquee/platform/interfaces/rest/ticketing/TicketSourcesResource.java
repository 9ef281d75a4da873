package dev.marquee.platform.interfaces.rest.ticketing;

import dev.marquee.platform.application.ticketing.TicketSourceService;
import dev.marquee.platform.domain.model.ticketing.EventTicketSource;
import dev.marquee.platform.infrastructure.plugins.PluginRegistry;
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

/** {@code /api/v1/events/{id}/ticket-sources}: where the event's ticket buyers come from (organizers). */
@Path("events/{id}/ticket-sources")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Tickets")
public class TicketSourcesResource {

    @Inject
    TicketSourceService sources;

    @Inject
    PluginRegistry plugins;

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(summary = "The event's ticket sources, secrets masked")
    public List<TicketSourceView> list(@PathParam("id") long eventId) {
        return sources.ofEvent(caller.get(), eventId).stream().map(this::view).toList();
    }

    @POST
    @Operation(summary = "Add a ticket source; settings are validated by its plugin")
    public Response create(@PathParam("id") long eventId, @Valid @NotNull TicketSourceInput input,
                           @Context UriInfo uri) {
        EventTicketSource source = sources.create(caller.get(), eventId, input.type,
                input.settings == null ? Map.of() : input.settings);
        return Response.created(uri.getBaseUriBuilder().path("ticket-sources").path(String.valueOf(source.id())).build())
                .entity(view(source)).build();
    }

    TicketSourceView view(EventTicketSource source) {
        return TicketSourceView.of(source, plugins.ticketSource(source.type()).orElse(null));
    }
}
