package dev.marquee.plugin.interaction.domain;

import java.util.Locale;

/** Where a poll is in its life: prepared, open for votes (one per stage at a time), closed. */
public enum PollState {
    DRAFT, OPEN, CLOSED;

    /** The wire and database value ({@code "draft"}, ...). */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static PollState of(String wire) {
        return valueOf(wire.toUpperCase(Locale.ROOT));
    }
}
