package dev.marquee.plugin.interaction.live;

import java.util.Arrays;
import java.util.Optional;

/** The interaction frames a client sends, with their wire types; the leaders' ones say so. */
enum ClientFrame {
    QA_ASK("qa.ask", false),
    QA_VOTE("qa.vote", false),
    QA_ANSWER("qa.answer", true),
    QA_PIN("qa.pin", true),
    QA_UNPIN("qa.unpin", true),
    QA_HIDE("qa.hide", true),
    QA_APPROVE("qa.approve", true),
    POLL_VOTE("poll.vote", false),
    REACTION_SEND("reaction.send", false);

    private final String wire;
    private final boolean leadersOnly;

    ClientFrame(String wire, boolean leadersOnly) {
        this.wire = wire;
        this.leadersOnly = leadersOnly;
    }

    boolean leadersOnly() {
        return leadersOnly;
    }

    /** The type on the wire. */
    String wire() {
        return wire;
    }

    static Optional<ClientFrame> of(String type) {
        return Arrays.stream(values()).filter(f -> f.wire.equals(type)).findFirst();
    }

    /** Whether a type belongs to interaction (so no other handler takes it). */
    static boolean ours(String type) {
        return type != null && (type.startsWith("qa.") || type.startsWith("poll.") || type.startsWith("reaction."));
    }
}
