package dev.marquee.plugin.rtmp.restream;

/** Where a target's push stands; the {@code status.state} of the API, in lower case. */
public enum RestreamState {
    /** Not pushing: the stage is off air here, or the target is disabled. */
    IDLE,
    /** Resolving, connecting, or between connect and the server's "publish start". */
    CONNECTING,
    /** Publishing: media flows to the target. */
    CONNECTED,
    /** The last connection failed or broke; waiting to try again (with backoff). */
    RETRYING,
    /** Given up until the target is changed or the stage goes live again (the address is refused). */
    FAILED
}
