/**
 * Twilio's room status callbacks ({@code POST /api/v1/webhooks/twilio/video}): the signature is
 * checked with the SDK's request validator against the configured callback URL, each event is
 * applied once, on the instance that holds the stage (published to every instance through the data
 * grid), and the stage's live state learns who really is in the room.
 */
package dev.marquee.plugin.twilio.webhook;
