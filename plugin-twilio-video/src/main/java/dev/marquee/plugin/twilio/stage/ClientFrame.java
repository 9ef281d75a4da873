package dev.marquee.plugin.twilio.stage;

import java.util.Arrays;
import java.util.Optional;

/** The frames a stage page sends, with their wire types (docs/twilio-video.md). */
public enum ClientFrame {
    JOIN("stage.join"),
    LEAVE("stage.leave"),
    START("stage.start"),
    HAND("stage.hand"),
    INVITE("stage.invite"),
    ACCEPT("stage.accept"),
    DECLINE("stage.decline"),
    MUTE("stage.mute"),
    AUDIO("stage.audio"),
    MOVE("stage.move"),
    STEP_DOWN("stage.stepdown"),
    PARTY_JOIN("party.join"),
    PARTY_LEAVE("party.leave"),
    PARTY_WATCH("party.watch"),
    PARTY_INVITE("party.invite"),
    PARTY_KNOCK("party.knock"),
    PARTY_SHARE("party.share");

    private final String wire;

    ClientFrame(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    public static Optional<ClientFrame> of(String type) {
        return Arrays.stream(values()).filter(f -> f.wire.equals(type)).findFirst();
    }
}
