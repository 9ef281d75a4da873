package dev.marquee.platform.interfaces.rest.webhook;

import dev.marquee.platform.application.webhook.CreatedWebhook;
import dev.marquee.platform.application.webhook.WebhookService;
import dev.marquee.platform.interfaces.rest.security.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** {@code /api/v1/webhooks}: the webhooks the caller manages (or one event's), and registering one. */
@Path("webhooks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks")
public class WebhooksResource {

    @Inject
    WebhookService webhooks;

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(summary = "Webhooks: of one event (?eventId=), else every one the caller manages (organizers); "
            + "secrets are never listed")
    public List<WebhookView> list(@QueryParam("eventId") Long eventId) {
        return webhooks.list(caller.get(), eventId).stream().map(WebhookView::of).toList();
    }

    @POST
    @Operation(summary = "Register a webhook {url, events, eventId?} (instance-wide: platform organizers; per event: "
            + "its organizers); answers 201 with the signing secret, shown this once")
    public Response create(@Valid @NotNull WebhookInput input, @Context UriInfo uri) {
        CreatedWebhook created = webhooks.create(caller.get(), input.toDraft());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.webhook().id())).build())
                .entity(WebhookView.of(created)).build();
    }
}
