package dev.marquee.platform.application.webhook;

import java.util.Arrays;
import java.util.List;

/** The facts a webhook can subscribe to, by their wire names ({@code stream.started}, ...). */
public enum WebhookEventType {
    STREAM_STARTED("stream.started"),
    STREAM_STOPPED("stream.stopped"),
    SESSION_STARTED("session.started"),
    ATTENDEE_CREATED("attendee.created"),
    ATTENDEE_REVOKED("attendee.revoked"),
    IMPORT_FINISHED("import.finished"),
    REPLAY_READY("replay.ready"),
    VIEWER_LIMIT_REACHED("viewer.limit_reached"),
    STREAM_WARNINGS("stream.warnings");

    private final String wire;

    WebhookEventType(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    /** Every wire name, in declaration order. */
    public static List<String> wires() {
        return Arrays.stream(values()).map(WebhookEventType::wire).toList();
    }

    public static boolean known(String wire) {
        return Arrays.stream(values()).anyMatch(t -> t.wire.equals(wire));
    }
}
