package dev.marquee.plugin.twilio.stage;

/** A person's part in an interactive stage, as the seed's matrix has it. */
public enum Role {
    /** Started the stage: seen and heard, invites, mutes and moves speakers; the stage ends when they leave. */
    HOST,
    /** Invited from the audience: seen and heard. */
    SPEAKER,
    /** Sees and hears the host and speakers; may raise a hand. */
    VIEWER;

    public String wire() {
        return name().toLowerCase();
    }

    /** Whether this role may publish audio and video. */
    public boolean publishes() {
        return this != VIEWER;
    }
}
