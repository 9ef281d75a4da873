package dev.marquee.plugin.twilio.webhook;

import com.twilio.security.RequestValidator;
import dev.marquee.plugin.twilio.stage.RoomEvent;

import java.util.Map;
import java.util.function.Consumer;

/**
 * Checks and applies one room status callback: unconfigured (no auth token) refuses everything,
 * a missing or wrong {@code X-Twilio-Signature} is refused, a replay is acknowledged and ignored.
 * The signature covers the exact callback URL given to Twilio and the form parameters.
 */
public final class WebhookReceiver {

    /** What became of a callback, with the HTTP status to answer. */
    public enum Outcome {
        APPLIED(200), REPLAYED(200), FORBIDDEN(403), UNCONFIGURED(503);

        private final int status;

        Outcome(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    private final RequestValidator validator;
    private final String callbackUrl;
    private final ProcessedEvents processed;
    private final Consumer<RoomEvent> apply;

    /** {@code authToken} null when Twilio is not configured. */
    public WebhookReceiver(String authToken, String callbackUrl, ProcessedEvents processed, Consumer<RoomEvent> apply) {
        this.validator = authToken == null ? null : new RequestValidator(authToken);
        this.callbackUrl = callbackUrl;
        this.processed = processed;
        this.apply = apply;
    }

    public Outcome receive(String signature, Map<String, String> form) {
        if (validator == null) {
            return Outcome.UNCONFIGURED;
        }
        if (signature == null || signature.isBlank() || !validator.validate(callbackUrl, form, signature)) {
            return Outcome.FORBIDDEN;
        }
        RoomEvent event = RoomEvent.of(form);
        if (!processed.firstTime(event.key())) {
            return Outcome.REPLAYED;
        }
        apply.accept(event);
        return Outcome.APPLIED;
    }
}
