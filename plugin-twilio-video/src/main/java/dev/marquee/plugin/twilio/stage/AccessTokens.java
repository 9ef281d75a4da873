package dev.marquee.plugin.twilio.stage;

/** Mints access tokens; called only for people a stage has admitted. Fast and local (no network). */
public interface AccessTokens {

    /** A signed JWT with a Video grant for {@code room}, for {@code identity}, short-lived. */
    String mint(String identity, String room);
}
