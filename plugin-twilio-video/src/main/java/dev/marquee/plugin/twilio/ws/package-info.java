/**
 * The plugin's part in the stage socket: {@link dev.marquee.plugin.twilio.ws.TwilioStageHandler} takes
 * the {@code stage.*} and {@code party.*} frames the socket's owner hands it and routes them to the
 * stage's live state, kept by {@link dev.marquee.plugin.twilio.ws.LiveStages} (one instance of
 * Marquee; the one class to back by a cluster map later).
 */
package dev.marquee.plugin.twilio.ws;
