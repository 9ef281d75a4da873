package dev.marquee.platform.interfaces.rest.recording;

import jakarta.validation.constraints.NotNull;

/** How an organizer cuts a session's replay (a plain class: Payara's OpenAPI scanner trips over constrained record parameters). */
public class ReplayCutInput {

    /** Seconds the replay's start moves from the session's scheduled start (positive: later). */
    @NotNull
    public Integer startOffsetSeconds;

    /** Seconds the replay's end moves from the session's scheduled end (negative: earlier). */
    @NotNull
    public Integer endOffsetSeconds;

    @NotNull
    public Boolean published;
}
