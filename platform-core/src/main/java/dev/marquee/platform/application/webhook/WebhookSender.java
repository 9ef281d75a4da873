package dev.marquee.platform.application.webhook;

import dev.marquee.platform.spi.outbound.OutboundException;
import dev.marquee.platform.spi.outbound.OutboundHttp;
import dev.marquee.platform.spi.outbound.OutboundRequest;
import dev.marquee.platform.spi.outbound.OutboundResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;

/**
 * One attempt of one message: signs it for this moment and POSTs it through the guarded outbound
 * client (internal addresses refused unless the operator allows them), within the webhook timeout.
 * Reads at most a few KiB of the answer, only so the connection can be used again.
 */
@ApplicationScoped
public class WebhookSender {

    private static final int DRAIN_BYTES = 4096;

    @Inject
    OutboundHttp http;

    @Inject
    WebhookSecrets secrets;

    @Inject
    WebhookSettings settings;

    private final Clock clock = Clock.systemUTC();

    public AttemptOutcome send(OutgoingMessage message) {
        byte[] body = message.payload().getBytes(StandardCharsets.UTF_8);
        long timestamp = clock.instant().getEpochSecond();
        String signature;
        try {
            signature = WebhookSignature.sign(secrets.key(message.sealedSecret()), message.messageId(), timestamp, body);
        } catch (IllegalStateException e) {
            return AttemptOutcome.unanswered(e.getMessage());
        }
        OutboundRequest request = OutboundRequest.post(URI.create(message.url()), "application/json", body)
                .withHeaders(Map.of("webhook-id", message.messageId(), "webhook-timestamp", Long.toString(timestamp),
                        "webhook-signature", signature))
                .withTimeout(settings.timeout());
        try (OutboundResponse response = http.send(request)) {
            drain(response);
            return AttemptOutcome.answered(response.status());
        } catch (OutboundException e) {
            return AttemptOutcome.unanswered(e.getMessage());
        } catch (IOException e) {
            return AttemptOutcome.unanswered("the connection to " + URI.create(message.url()).getHost() + " failed");
        }
    }

    private static void drain(OutboundResponse response) {
        try (InputStream in = response.body(DRAIN_BYTES)) {
            in.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            // a long or broken answer body does not change the status the endpoint gave
        }
    }

}
