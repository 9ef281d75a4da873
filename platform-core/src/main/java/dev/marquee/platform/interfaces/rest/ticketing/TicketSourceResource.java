package dev.marquee.platform.interfaces.rest.ticketing;

import dev.marquee.platform.application.ticketing.TicketSourceService;
import dev.marquee.platform.infrastructure.plugins.PluginRegistry;
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

/** {@code /api/v1/ticket-sources/{id}}: one ticket source; change its settings or remove it (organizers). */
@Path("ticket-sources/{id}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Tickets")
public class TicketSourceResource {

    @Inject
    TicketSourceService sources;

    @Inject
    PluginRegistry plugins;

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(summary = "One ticket source, secrets masked")
    public TicketSourceView get(@PathParam("id") long id) {
        var source = sources.get(caller.get(), id);
        return TicketSourceView.of(source, plugins.ticketSource(source.type()).orElse(null));
    }

    @PUT
    @Operation(summary = "Change the settings ({\"settings\"}; type may be left out, and if given must be the "
            + "source's own); a secret sent back as ******** keeps its value. The next run reads all")
    public TicketSourceView update(@PathParam("id") long id, @Valid @NotNull TicketSourceChange input) {
        var source = sources.update(caller.get(), id, input.type, input.settings == null ? Map.of() : input.settings);
        return TicketSourceView.of(source, plugins.ticketSource(source.type()).orElse(null));
    }

    @DELETE
    @Operation(summary = "Remove the source; its attendees and tickets stay")
    public Response delete(@PathParam("id") long id) {
        sources.delete(caller.get(), id);
        return Response.noContent().build();
    }
}
