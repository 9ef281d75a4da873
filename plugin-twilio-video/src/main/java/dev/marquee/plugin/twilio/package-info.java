/**
 * The {@code twilio-video} media provider: interactive stages (a host, speakers invited from the
 * audience, viewers) and parties (a DJ, everyone sharing video, each choosing whose video to watch) on
 * Twilio Video Group rooms. Marquee is the gatekeeper: it keeps each stage's state, pushes it over the
 * stage socket, hands out short-lived access tokens only to people on the stage, and checks Twilio's
 * room callbacks. docs/twilio-video.md describes the frames, the webhook and the configuration.
 */
package dev.marquee.plugin.twilio;
