package dev.marquee.plugin.twilio.webhook;

import dev.marquee.platform.spi.web.ErrorBody;
import dev.marquee.plugin.twilio.TwilioConfig;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.HashMap;
import java.util.Map;

/**
 * {@code POST /api/v1/webhooks/twilio/video}: Twilio's room status callbacks. 503 while Twilio is not
 * configured, 403 for a missing or wrong signature, otherwise 200 at once (replays included).
 */
@Path("webhooks/twilio/video")
@ApplicationScoped
@Tag(name = "Webhooks")
public class TwilioWebhookResource {

    @Inject
    TwilioConfig config;

    @Inject
    ClusterRoomEvents events;

    private WebhookReceiver receiver;

    @PostConstruct
    void init() {
        receiver = new WebhookReceiver(config.configured() ? config.authToken() : null, config.statusCallbackUrl(),
                new ProcessedEvents(ProcessedEvents.DEFAULT_CAPACITY), events::publish);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Twilio Video room status callback, signed with X-Twilio-Signature (Twilio calls it)")
    public Response receive(@HeaderParam("X-Twilio-Signature") String signature, MultivaluedMap<String, String> form) {
        Map<String, String> params = new HashMap<>();
        form.forEach((name, values) -> params.put(name, values.isEmpty() ? "" : values.get(0)));
        WebhookReceiver.Outcome outcome = receiver.receive(signature, params);
        Object body = switch (outcome) {
            case APPLIED, REPLAYED -> Map.of("received", true);
            case FORBIDDEN -> new ErrorBody("forbidden", "Missing or wrong X-Twilio-Signature");
            case UNCONFIGURED -> new ErrorBody("not_configured", config.notConfiguredReason());
        };
        return Response.status(outcome.status()).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
}
