/**
 * The stage WebSocket: handshake (who you are), frames in and out, the commands they carry, and the
 * writers of outbound frames (raw pre-encoded frames on Tyrus, the standard asynchronous API elsewhere).
 */
package dev.marquee.plugin.chat.ws;
