/**
 * Twilio's side, through the official SDK: the Rooms, Participants and SubscribeRules calls
 * ({@link dev.marquee.plugin.twilio.api.TwilioRoomsClient}, blocking; run off WebSocket threads by
 * {@link dev.marquee.plugin.twilio.api.AsyncVideoRooms}), access tokens with a Video grant
 * ({@link dev.marquee.plugin.twilio.api.TwilioTokens}), and the HTTP client that lets tests point the SDK
 * at a local stand-in ({@link dev.marquee.plugin.twilio.api.RebasingHttpClient}).
 */
package dev.marquee.plugin.twilio.api;
