package dev.marquee.platform.interfaces.rest.webhook;

import dev.marquee.platform.application.webhook.WebhookService;
import dev.marquee.platform.interfaces.rest.security.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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

/** {@code /api/v1/webhooks/{id}}: deleting a webhook, its delivery log, and resending one message. */
@Path("webhooks/{id}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks")
public class WebhookResource {

    @Inject
    WebhookService webhooks;

    @Inject
    CurrentCaller caller;

    @DELETE
    @Operation(summary = "Delete the webhook and its messages (organizers)")
    public Response delete(@PathParam("id") long id) {
        webhooks.delete(caller.get(), id);
        return Response.noContent().build();
    }

    @GET
    @Path("deliveries")
    @Operation(summary = "The webhook's latest messages with their attempts, newest first (?limit=, at most 200)")
    public List<DeliveryView> deliveries(@PathParam("id") long id, @QueryParam("limit") @DefaultValue("50") int limit) {
        return webhooks.deliveries(caller.get(), id, limit).stream().map(DeliveryView::of).toList();
    }

    @POST
    @Path("deliveries/{deliveryId}/resend")
    @Operation(summary = "Send a message again now, with the same webhook-id (organizers); 202")
    public Response resend(@PathParam("id") long id, @PathParam("deliveryId") long deliveryId) {
        return Response.accepted(DeliveryView.of(webhooks.resend(caller.get(), id, deliveryId))).build();
    }
}
